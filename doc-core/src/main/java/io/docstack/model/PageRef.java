package io.docstack.model;

import java.util.Objects;

/** Identifies one page: its project version and its source path inside the project's docs. */
public record PageRef(ProjectVersion project, SitePath source) implements Comparable<PageRef> {

    public PageRef {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public int compareTo(PageRef other) {
        int byProject = project.compareTo(other.project);
        return byProject != 0 ? byProject : source.compareTo(other.source);
    }

    @Override
    public String toString() {
        return project.name() + ":" + source;
    }
}
