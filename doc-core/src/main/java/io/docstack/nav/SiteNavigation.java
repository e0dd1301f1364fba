package io.docstack.nav;

import java.util.List;
import java.util.Map;

import io.docstack.model.Diagnostic;
import io.docstack.model.ProjectVersion;

/**
 * The output of the nav stage: one tree per project version, and problems in nav files.
 *
 * @param trees       per project version
 * @param diagnostics broken or unreadable nav entries, sorted
 */
public record SiteNavigation(Map<ProjectVersion, NavTree> trees, List<Diagnostic> diagnostics) {
    public SiteNavigation {
        trees = Map.copyOf(trees);
        diagnostics = List.copyOf(diagnostics);
    }

    public NavTree tree(ProjectVersion project) {
        return trees.getOrDefault(project, new NavTree(project, List.of()));
    }
}
