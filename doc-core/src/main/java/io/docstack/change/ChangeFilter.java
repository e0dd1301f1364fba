package io.docstack.change;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.docstack.link.LinkGraph;
import io.docstack.link.ResolvedLink;
import io.docstack.spec.ServiceSpec;
import io.docstack.model.Diagnostic;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;

/**
 * Keeps the problems a change is responsible for: every problem in a file the change touched,
 * every problem that belongs to no page (configuration, inventories: they concern any change),
 * plus problems elsewhere whose link points at a file the change touched (a page it removed or
 * renamed, a page whose anchor it removed or renamed, a spec whose operation it removed or renamed). A link broken before the change into a
 * page the change also edits is kept too: the link names that page, and the person editing it
 * is the one to look. Stateless.
 */
public final class ChangeFilter {

    private ChangeFilter() {
    }

    public static List<Diagnostic> apply(List<Diagnostic> diagnostics, ChangeSet changes, Catalog catalog,
                                         LinkGraph links) {
        Map<String, Boolean> touchedFiles = new HashMap<>();
        for (ProjectSources project : catalog.projects()) {
            for (SourceFile file : project.files()) {
                touchedFiles.put(file.displayPath(), changes.touches(file.file()));
            }
            if (project.nav() != null) {
                touchedFiles.put(project.nav().displayPath(), changes.touches(project.nav().file()));
            }
            for (ProjectSources.SpecSource spec : project.specs()) {
                touchedFiles.put(spec.displayPath(), changes.touches(spec.file()));
            }
        }
        Set<String> causedElsewhere = new HashSet<>();
        Map<ProjectVersion, ProjectSources> projects = new HashMap<>();
        catalog.projects().forEach(p -> projects.put(p.config().id(), p));
        Set<ProjectVersion> specsTouched = new HashSet<>();
        catalog.projects().forEach(p -> {
            if (p.specs().stream().anyMatch(spec -> changes.touches(spec.file()))) {
                specsTouched.add(p.config().id());
            }
        });
        List<ResolvedLink> all = new ArrayList<>(links.inbound());
        links.links().values().forEach(all::addAll);
        for (ResolvedLink link : all) {
            if (link.problem() != null && link.wanted() != null
                    && (wantsTouchedFile(link.wanted(), projects, changes) || wantsTouchedSpec(link.wanted(), specsTouched))) {
                causedElsewhere.add(key(link.problem()));
            }
        }
        Set<String> inbound = new HashSet<>();
        links.inbound().forEach(link -> inbound.add(key(link.problem())));
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            String key = key(diagnostic);
            // Problems of no page (an unreadable inventory, a missing docs folder) concern every change.
            boolean global = !touchedFiles.containsKey(diagnostic.file()) && !inbound.contains(key);
            if (global || touchedFiles.getOrDefault(diagnostic.file(), false) || causedElsewhere.contains(key)) {
                kept.add(diagnostic);
            }
        }
        return kept;
    }

    /** Severity overrides make new Diagnostic objects: compare by what they say, not by identity or severity. */
    private static String key(Diagnostic d) {
        return d.file() + '\0' + d.line() + '\0' + d.column() + '\0' + d.rule() + '\0' + d.message();
    }

    /** Whether the file a link means (whatever extension it was written with) was touched. */
    private static boolean wantsTouchedFile(PageRef wanted, Map<ProjectVersion, ProjectSources> projects, ChangeSet changes) {
        ProjectSources project = projects.get(wanted.project());
        if (project == null) {
            return false;
        }
        // An Antora component's page may be in any of its content roots.
        for (Path file : project.filesAt(wanted.source())) {
            if (touched(file, changes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean touched(Path file, ChangeSet changes) {
        String stem = stem(file.toString());
        for (Path touched : changes.changed()) {
            if (stem(touched.toString()).equals(stem) || touched.startsWith(file)) {
                return true;
            }
        }
        for (Path touched : changes.removed()) {
            if (stem(touched.toString()).equals(stem) || touched.startsWith(file)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a link wants a generated API reference page of a project whose spec the change
     * touched: renaming or removing an operation in the spec breaks references in unchanged pages.
     */
    private static boolean wantsTouchedSpec(PageRef wanted, Set<ProjectVersion> specsTouched) {
        return specsTouched.contains(wanted.project())
                && wanted.source().value().startsWith(ServiceSpec.PAGES_FOLDER + "/");
    }

    private static String stem(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String lower = path.toLowerCase(Locale.ROOT);
        return dot > slash ? lower.substring(0, dot) : lower;
    }
}
