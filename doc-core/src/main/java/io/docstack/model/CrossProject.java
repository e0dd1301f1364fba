package io.docstack.model;

import java.util.Objects;

/**
 * The {@code project[@version]} part of a cross-project reference, as authors write it in
 * {@code xref:network@1.9:guide/ports.md} and {@code api:compute@2.4:listServers}: the one place
 * that says which names and versions the syntax accepts and how it is spelled back in messages.
 * The conversion stage finds such references in AsciiDoc with {@link #WRITTEN}, the link stage
 * reads targets with {@link #NAME} and {@link #VERSION}. Immutable.
 *
 * @param project the project (or service) name
 * @param version the version written after {@code @}, or null for the project's default version
 */
public record CrossProject(String project, String version) {

    /** A project name: lower case letters, digits, {@code .}, {@code _} and {@code -}, not first. */
    public static final String NAME = "[a-z0-9][a-z0-9._-]*";
    /** A version: letters, digits, {@code .}, {@code _} and {@code -}, not first. */
    public static final String VERSION = "[A-Za-z0-9][A-Za-z0-9._-]*";
    /** {@code project[@version]} as a regular expression without groups. */
    public static final String WRITTEN = NAME + "(?:@" + VERSION + ")?";

    public CrossProject {
        Objects.requireNonNull(project, "project");
    }

    /** As authors write it: {@code network} or {@code network@1.9}. */
    @Override
    public String toString() {
        return version == null ? project : project + "@" + version;
    }
}
