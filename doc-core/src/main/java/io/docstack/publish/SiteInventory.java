package io.docstack.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.docstack.convert.ConvertedSite;
import io.docstack.inventory.Inventory;
import io.docstack.model.Link;
import io.docstack.model.Page;
import io.docstack.model.ProjectVersion;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;

/**
 * The link inventory of a built site: every page with its title and anchors, and the
 * cross-project references ({@code xref:name:…}) it makes, so that other projects can validate
 * links into this one and this one can check that a change does not break theirs.
 * Sorted, so that the same site always gives the same bytes.
 */
public final class SiteInventory {

    private SiteInventory() {
    }

    public static Inventory of(Catalog catalog, ConvertedSite site) {
        Map<ProjectVersion, List<Page>> pages = new HashMap<>();
        for (Page page : site.pages()) {
            pages.computeIfAbsent(page.project(), p -> new ArrayList<>()).add(page);
        }
        List<Inventory.Project> projects = new ArrayList<>();
        for (ProjectSources project : catalog.projects()) {
            ProjectVersion id = project.config().id();
            List<Inventory.Page> entries = pages.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Page::source))
                    .map(SiteInventory::entry)
                    .toList();
            projects.add(new Inventory.Project(id.name(), id.version(), project.config().title(), entries));
        }
        return new Inventory("", projects);
    }

    private static Inventory.Page entry(Page page) {
        List<Inventory.Xref> xrefs = page.links().stream()
                .filter(SiteInventory::crossProject)
                .map(link -> new Inventory.Xref(link.target(), link.line(), link.column()))
                .toList();
        return new Inventory.Page(page.source().value(), page.output().value(), page.displayPath(), page.title(),
                page.anchors().stream().sorted().toList(), xrefs);
    }

    /** {@code xref:name:…} and {@code xref:name@version:…}; {@code xref:path} stays in its project. */
    private static boolean crossProject(Link link) {
        String target = link.target().strip();
        if (!target.startsWith("xref:")) {
            return false;
        }
        int colon = target.indexOf(':', 5);
        int slash = target.indexOf('/', 5);
        return colon > 5 && (slash < 0 || colon < slash);
    }
}
