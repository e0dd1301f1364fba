package io.docstack.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.docstack.inventory.Inventory;
import io.docstack.model.Diagnostic;
import io.docstack.model.Link;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;

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
                    check(inventory, id, page, local, built, problems);
                }
            }
        }
        return problems;
    }

    private void check(Inventory inventory, ProjectVersion project, Inventory.Page page, Set<String> local,
                       Set<ProjectVersion> built, List<ResolvedLink> problems) {
        Optional<SitePath> source = SitePath.parse(page.path());
        Optional<SitePath> output = SitePath.parse(page.output());
        if (source.isEmpty() || output.isEmpty()) {
            return;
        }
        Origin origin = new Origin(project, source.get(), output.get().under(project.sitePrefix()), page.file(), null, false);
        for (Inventory.Xref xref : page.xrefs()) {
            String[] named = xrefProject(xref.target());
            boolean ours = named != null && local.contains(named[0])
                    && (named[1] == null || built.contains(new ProjectVersion(named[0], named[1])));
            if (!ours) {
                continue; // another project's business, or a version of ours not built here
            }
            ResolvedLink resolved = resolver.apply(origin,
                    new Link(0, Link.Kind.LINK, xref.target(), xref.line(), xref.column()));
            if (resolved.problem() != null && resolved.wanted() != null) {
                problems.add(relocated(resolved, inventory, project, page, xref));
            }
        }
    }

    /**
     * The problem placed on the local page the link wants: that is the file the change touched,
     * where a reviewer sees it, and the only one of the two that is in this repository.
     */
    private ResolvedLink relocated(ResolvedLink resolved, Inventory inventory, ProjectVersion project,
                                   Inventory.Page page, Inventory.Xref xref) {
        Diagnostic problem = resolved.problem();
        String from = project + " " + page.file() + ":" + xref.line() + ":" + xref.column();
        Diagnostic moved = new Diagnostic(problem.severity(), problem.rule(), displayPath(resolved.wanted()), 0, 0,
                "inbound link from " + from + " (inventory " + inventory.source() + "): " + problem.message(),
                problem.hint());
        return new ResolvedLink(resolved.link(), resolved.href(), resolved.target(), resolved.anchor(),
                resolved.broken(), resolved.wanted(), moved);
    }

    /** Where a local page is, or would be, as diagnostics show it. */
    private String displayPath(PageRef page) {
        Optional<ProjectSources> project = catalog.project(page.project());
        if (project.isEmpty() || project.get().files().isEmpty()) {
            return page.project().name() + "/" + page.source();
        }
        Optional<SourceFile> file = project.get().file(page.source());
        if (file.isPresent()) {
            return file.get().displayPath();
        }
        SourceFile any = project.get().files().get(0);
        String docs = any.displayPath().substring(0, any.displayPath().length() - any.path().value().length());
        return docs + page.source();
    }

    /** The project and version (or null) named by {@code xref:name[@version]:…}, or null. */
    private static String[] xrefProject(String target) {
        if (!target.startsWith("xref:")) {
            return null;
        }
        int colon = target.indexOf(':', 5);
        if (colon < 0) {
            return null;
        }
        String name = target.substring(5, colon);
        int at = name.indexOf('@');
        return at < 0 ? new String[] {name, null} : new String[] {name.substring(0, at), name.substring(at + 1)};
    }
}
