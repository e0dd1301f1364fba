package io.docstack.model;

import java.util.Objects;

/** A project name and one of its versions: the unit pages belong to. */
public record ProjectVersion(String name, String version) implements Comparable<ProjectVersion> {

    public ProjectVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /** The folder of this project version in the site: {@code name/version}. */
    public String sitePrefix() {
        return name + "/" + version;
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
