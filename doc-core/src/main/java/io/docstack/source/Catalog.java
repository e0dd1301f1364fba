package io.docstack.source;

import java.util.List;
import java.util.Optional;

import io.docstack.inventory.Inventory;
import io.docstack.model.Diagnostic;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SourceTally;

/**
 * Every project version of a site with its files: the output of the source stage.
 * Immutable and thread-safe.
 *
 * @param projects    in configuration order
 * @param inventories link inventories of projects not built here, in configuration order; a
 *                    project version present in {@code projects} is always taken from there
 * @param diagnostics problems found while reading the sources
 */
public record Catalog(List<ProjectSources> projects, List<Inventory> inventories, List<Diagnostic> diagnostics) {

    public Catalog {
        projects = List.copyOf(projects);
        inventories = List.copyOf(inventories);
        diagnostics = List.copyOf(diagnostics);
    }

    public Catalog(List<ProjectSources> projects, List<Diagnostic> diagnostics) {
        this(projects, List.of(), diagnostics);
    }

    public Optional<ProjectSources> project(ProjectVersion id) {
        return projects.stream().filter(p -> p.config().id().equals(id)).findFirst();
    }

    /**
     * The version of a project that a reference without a version means: the same version as
     * the referring page's when the target project has it, else its latest version
     * ({@link #latest}), as Antora resolves an xref without a version.
     */
    public Optional<ProjectSources> project(String name, String preferredVersion) {
        Optional<ProjectSources> same = project(new ProjectVersion(name, preferredVersion));
        if (same.isPresent()) {
            return same;
        }
        String latest = latest(name);
        return latest == null ? Optional.empty() : project(new ProjectVersion(name, latest));
    }

    /**
     * The latest version of a project ({@link io.docstack.model.Versions#latest}), leaving out the
     * Antora versions marked {@code prerelease} unless all are, as Antora picks it; null for none.
     */
    public String latest(String name) {
        List<ProjectSources> all = projects.stream().filter(p -> p.config().name().equals(name)).toList();
        List<String> released = all.stream().filter(p -> p.antora() == null || !p.antora().prerelease())
                .map(p -> p.config().version()).toList();
        return io.docstack.model.Versions.latest(released.isEmpty() ? all.stream().map(p -> p.config().version()).toList()
                : released);
    }

    /** How many files of all projects' folders were read and left out. */
    /** What this catalog took in, for summary lines: its project versions and the files read and left out. */
    public SourceTally tally() {
        ProjectSources.Counts counts = counts();
        return new SourceTally(projects.size(), counts.read(), counts.skipped());
    }

    public ProjectSources.Counts counts() {
        return projects.stream().map(ProjectSources::counts).reduce(new ProjectSources.Counts(0, 0), ProjectSources.Counts::sum);
    }

    public List<SourceFile> pages() {
        return projects.stream().flatMap(p -> p.pages().stream()).toList();
    }
}
