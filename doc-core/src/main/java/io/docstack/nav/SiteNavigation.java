package io.docstack.nav;

import java.util.List;
import java.util.Map;

import io.docstack.model.Diagnostic;
import io.docstack.model.ProjectVersion;

/**
 * The output of the nav stage: one tree per project version, and problems in nav files.
 *
 * @param trees    per project version
 * @param problems per project version, the broken or unreadable entries of its nav file
 */
public record SiteNavigation(Map<ProjectVersion, NavTree> trees, Map<ProjectVersion, List<Diagnostic>> problems) {
    public SiteNavigation {
        trees = Map.copyOf(trees);
        Map<ProjectVersion, List<Diagnostic>> copy = new java.util.HashMap<>();
        problems.forEach((project, found) -> copy.put(project, List.copyOf(found)));
        problems = Map.copyOf(copy);
    }

    public NavTree tree(ProjectVersion project) {
        return trees.getOrDefault(project, new NavTree(project, List.of()));
    }

    /** The problems of every nav file, sorted. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new java.util.ArrayList<>();
        problems.values().forEach(all::addAll);
        java.util.Collections.sort(all);
        return all;
    }
}
