package io.docstack.model;

import java.util.Objects;

/** A project name and one of its versions: the unit pages belong to. */
public record ProjectVersion(String name, String version) implements Comparable<ProjectVersion> {

    /**
     * The project (Antora's {@code ROOT} component) whose pages are at the site root: its version
     * folder is at the top ({@code 1.0/page.html}), and without a version ({@link #UNVERSIONED})
     * its pages are ({@code page.html}), as Antora publishes them.
     */
    public static final String ROOT = "ROOT";
    /**
     * The version of a project that has none (an Antora component with {@code version: ~}): Antora's
     * keyword for it in a resource id ({@code _@tools::index.adoc}). No configured version can be
     * {@code _} (a version starts with a letter or a digit), so it names nothing else; such a project
     * is published without a version folder ({@code tools/index.html}), as Antora publishes it.
     */
    public static final String UNVERSIONED = "_";

    public ProjectVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /**
     * The folder of this project version in the site: {@code name/version}, {@code name} when it is
     * {@link #UNVERSIONED} ({@link #ROOT}'s: see there).
     */
    public String sitePrefix() {
        if (name.equals(ROOT)) {
            return unversioned() ? "" : version;
        }
        return unversioned() ? name : name + "/" + version;
    }

    /** Whether this is a project without versions ({@link #UNVERSIONED}). */
    public boolean unversioned() {
        return version.equals(UNVERSIONED);
    }

    @Override
    public int compareTo(ProjectVersion other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : version.compareTo(other.version);
    }

    @Override
    public String toString() {
        return name + "@" + version;
    }
}
