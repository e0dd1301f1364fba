package io.docstack.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.docstack.inventory.Inventory;
import io.docstack.model.Link;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;

/**
 * References that pages of other projects (known from their link inventories) make into the
 * projects built here. Checking them tells a project that its change breaks someone else's
 * links before the change is merged. Only references into local projects are checked: the
 * rest is the other project's own business.
 */
final class InboundLinks {

    private final Catalog catalog;
    private final BiFunction<Origin, Link, ResolvedLink> resolver;

    InboundLinks(Catalog catalog, BiFunction<Origin, Link, ResolvedLink> resolver) {
        this.catalog = catalog;
        this.resolver = resolver;
    }

    /** The inbound references that have a problem. */
    List<ResolvedLink> check() {
        Set<String> local = catalog.projects().stream().map(p -> p.config().name()).collect(Collectors.toSet());
        Set<ProjectVersion> built = catalog.projects().stream().map(p -> p.config().id()).collect(Collectors.toSet());
        List<ResolvedLink> problems = new ArrayList<>();
        for (Inventory inventory : catalog.inventories()) {
            for (Inventory.Project project : inventory.projects()) {
                ProjectVersion id = new ProjectVersion(project.name(), project.version());
                if (built.contains(id)) {
                    continue; // its links are checked from its sources
                }
                for (Inventory.Page page : project.pages()) {
                    check(inventory, id, page, local, problems);
                }
            }
        }
        return problems;
    }

    private void check(Inventory inventory, ProjectVersion project, Inventory.Page page, Set<String> local,
                       List<ResolvedLink> problems) {
        Optional<SitePath> source = SitePath.parse(page.path());
        Optional<SitePath> output = SitePath.parse(page.output());
        if (source.isEmpty() || output.isEmpty()) {
            return;
        }
        Origin origin = new Origin(project, source.get(), output.get().under(project.sitePrefix()), page.file(), null,
                "inbound link from " + project + " (inventory " + inventory.source() + "): ");
        for (Inventory.Xref xref : page.xrefs()) {
            String target = xref.target();
            String name = xrefProject(target);
            if (name == null || !local.contains(name)) {
                continue;
            }
            ResolvedLink resolved = resolver.apply(origin, new Link(0, Link.Kind.LINK, target, xref.line(), xref.column()));
            if (resolved.problem() != null) {
                problems.add(resolved);
            }
        }
    }

    /** The project named by {@code xref:name[@version]:…}, or null. */
    private static String xrefProject(String target) {
        if (!target.startsWith("xref:")) {
            return null;
        }
        int colon = target.indexOf(':', 5);
        if (colon < 0) {
            return null;
        }
        String name = target.substring(5, colon);
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }
}
