package io.docstack.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.docstack.convert.ConvertedSite;
import io.docstack.inventory.Inventory;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.IndexPage;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;

/**
 * Everything a link may reach: the files of the projects built here and the pages of projects
 * known only from link inventories. A project version built here hides the same one in an
 * inventory (the local sources are newer). An Antora page's {@code page-aliases} are targets
 * too, standing for the page. Immutable after construction; thread-safe.
 */
final class Targets {

    /**
     * One file a link can reach.
     *
     * @param ref     project version and source path
     * @param output  output path inside the project version's folder
     * @param page    true for pages (anchors can be checked), false for assets
     * @param anchors ids of the page, or null when unknown (an asset, a page that failed to convert)
     */
    record Target(PageRef ref, SitePath output, boolean page, Set<String> anchors) {
    }

    private final Map<ProjectVersion, Map<SitePath, Target>> byProject = new LinkedHashMap<>();
    private final Map<ProjectVersion, Map<String, Target>> byLowerCase = new HashMap<>();
    private final Map<ProjectVersion, SitePath> startPages = new HashMap<>();
    /** Antora versions marked {@code prerelease}: not the latest while a released version exists. */
    private final Set<ProjectVersion> prereleases = new java.util.HashSet<>();

    Targets(Catalog catalog, ConvertedSite site) {
        this(null, catalog, site, null);
    }

    /**
     * The targets after an edit: those of {@code previous} (null for none), with the files of the
     * projects in {@code changed} (null for all) taken from {@code catalog} and {@code site} again.
     */
    Targets(Targets previous, Catalog catalog, ConvertedSite site, Set<ProjectVersion> changed) {
        Map<PageRef, Page> pages = new HashMap<>();
        for (Page page : site.pages()) {
            if (changed == null || changed.contains(page.project())) {
                pages.put(page.ref(), page);
            }
        }
        Map<ProjectVersion, Map<SitePath, Target>> local = new LinkedHashMap<>();
        for (ProjectSources project : catalog.projects()) {
            ProjectVersion id = project.config().id();
            if (project.antora() != null) {
                startPages.put(id, project.antora().startPagePath());
                if (project.antora().prerelease()) {
                    prereleases.add(id);
                }
            }
            Map<SitePath, Target> kept = previous == null || changed == null || changed.contains(id) ? null
                    : previous.byProject.get(id);
            local.put(id, kept != null ? kept : files(project, pages));
        }
        // Pages that no source file holds: the generated API reference.
        for (Page page : pages.values()) {
            Map<SitePath, Target> files = local.get(page.project());
            if (files != null && !files.containsKey(page.source())) {
                files.put(page.source(), new Target(page.ref(), page.output(), true, page.anchors()));
            }
        }
        local.forEach((id, files) -> {
            Map<SitePath, Target> kept = previous == null ? null : previous.byProject.get(id);
            if (kept == files) {
                byProject.put(id, files);
                byLowerCase.put(id, previous.byLowerCase.get(id));
            } else {
                add(id, files);
            }
        });
        for (Inventory inventory : catalog.inventories()) {
            for (Inventory.Project project : inventory.projects()) {
                addInventory(project);
            }
        }
    }

    private static Map<SitePath, Target> files(ProjectSources project, Map<PageRef, Page> pages) {
        Map<SitePath, Target> files = new HashMap<>();
        for (SourceFile file : project.files()) {
            PageRef ref = new PageRef(project.config().id(), file.path());
            Page page = pages.get(ref);
            Set<String> anchors = page == null || page.failed() ? null : page.anchors();
            files.put(file.path(), new Target(ref, file.output(), file.kind().isPage(), anchors));
        }
        if (project.antora() != null) {
            // A link to a page alias reaches the page itself, as in Antora.
            project.antora().aliases().forEach((alias, page) -> {
                Target target = files.get(page);
                if (target != null) {
                    files.putIfAbsent(alias, target);
                }
            });
        }
        return files;
    }

    private void addInventory(Inventory.Project project) {
        ProjectVersion id = new ProjectVersion(project.name(), project.version());
        if (byProject.containsKey(id)) {
            return;
        }
        Map<SitePath, Target> files = new HashMap<>();
        for (Inventory.Page page : project.pages()) {
            Optional<SitePath> path = SitePath.parse(page.path());
            Optional<SitePath> output = SitePath.parse(page.output());
            if (path.isPresent() && output.isPresent()) {
                files.put(path.get(), new Target(new PageRef(id, path.get()), output.get(), true,
                        Set.copyOf(page.anchors())));
            }
        }
        add(id, files);
    }

    private void add(ProjectVersion id, Map<SitePath, Target> files) {
        byProject.put(id, files);
        Map<String, Target> lower = new HashMap<>();
        files.forEach((path, target) -> lower.putIfAbsent(path.value().toLowerCase(Locale.ROOT), target));
        byLowerCase.put(id, lower);
    }

    /**
     * The start page of an Antora component version: its {@code start_page}, else its ROOT
     * module's {@code index.adoc}; empty for other projects.
     */
    Optional<SitePath> startPage(ProjectVersion id) {
        return Optional.ofNullable(startPages.get(id));
    }

    boolean has(ProjectVersion id) {
        return byProject.containsKey(id);
    }

    /**
     * The version of a project that a reference means: the one named, else the referring page's
     * version when the project has it, else its latest ({@link io.docstack.model.Versions#latest}),
     * not a prerelease unless all its versions are.
     */
    Optional<ProjectVersion> project(String name, String version, ProjectVersion from) {
        if (version != null) {
            ProjectVersion wanted = new ProjectVersion(name, version);
            return has(wanted) ? Optional.of(wanted) : Optional.empty();
        }
        ProjectVersion same = new ProjectVersion(name, from.version());
        if (has(same)) {
            return Optional.of(same);
        }
        List<String> all = versions(name);
        List<String> released = all.stream().filter(v -> !prereleases.contains(new ProjectVersion(name, v))).toList();
        String latest = io.docstack.model.Versions.latest(released.isEmpty() ? all : released);
        return latest == null ? Optional.empty() : Optional.of(new ProjectVersion(name, latest));
    }

    /** The file a path names: itself, the source of an .html output, an index page, or the path plus .md/.adoc. */
    Optional<Target> find(ProjectVersion project, SitePath path) {
        Map<SitePath, Target> files = byProject.getOrDefault(project, Map.of());
        return candidates(path).stream().map(files::get).filter(t -> t != null).findFirst();
    }

    /** Whether a file has exactly this path. */
    boolean exists(ProjectVersion project, SitePath path) {
        return byProject.getOrDefault(project, Map.of()).containsKey(path);
    }

    /** Like {@link #find} but ignoring letter case: for the hint that only the case is wrong. */
    Optional<Target> findIgnoringCase(ProjectVersion project, SitePath path) {
        Map<String, Target> files = byLowerCase.getOrDefault(project, Map.of());
        return candidates(path).stream().map(p -> files.get(p.value().toLowerCase(Locale.ROOT)))
                .filter(t -> t != null).findFirst();
    }

    private static List<SitePath> candidates(SitePath path) {
        List<SitePath> candidates = new ArrayList<>();
        candidates.add(path);
        String extension = path.extension();
        if (extension.equals("html")) {
            candidates.add(path.withExtension("md"));
            candidates.add(path.withExtension("adoc"));
        } else if (extension.isEmpty()) {
            for (String index : IndexPage.LINK_TARGETS) {
                candidates.add(SitePath.of(path.value() + "/" + index));
            }
            candidates.add(SitePath.of(path.value() + ".md"));
            candidates.add(SitePath.of(path.value() + ".adoc"));
        }
        return candidates;
    }

    List<String> paths(ProjectVersion project) {
        return byProject.getOrDefault(project, Map.of()).keySet().stream().map(SitePath::value).toList();
    }

    List<String> projectNames() {
        return byProject.keySet().stream().map(ProjectVersion::name).distinct().toList();
    }

    List<String> versions(String name) {
        return byProject.keySet().stream().filter(id -> id.name().equals(name)).map(ProjectVersion::version).toList();
    }
}
