package io.docstack.source;

import java.nio.file.Path;
import java.util.List;

import io.docstack.config.ProjectConfig;

/**
 * What sources other than folders (git refs, docs bundles) add to a site, once read into memory:
 * projects of Docstack's layout, and Antora content roots that are read with the configured ones
 * (a component may be spread over folders, refs and bundles), with the roots of those that are
 * not trusted ({@code untrustedRoots}: docs folders and content roots).
 */
record Contributed(List<ProjectConfig> projects, List<Path> antoraRoots, java.util.Set<Path> untrustedRoots) {

    Contributed {
        projects = List.copyOf(projects);
        antoraRoots = List.copyOf(antoraRoots);
        untrustedRoots = java.util.Set.copyOf(untrustedRoots);
    }
}
