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
import io.docstack.spec.ApiSite;

/**
 * References ({@code xref:} and {@code api:}) that pages of other projects (known from their link
 * inventories) make into the projects built here. Checking them tells a project that its change
 * breaks someone else's links before the change is merged. Only references into project versions
 * built here are checked: the rest is the other project's own business.
 */
final class InboundLinks {

    private final Catalog catalog;
    private final ApiSite apis;
    private final BiFunction<Origin, Link, ResolvedLink> resolver;

    InboundLinks(Catalog catalog, ApiSite apis, BiFunction<Origin, Link, ResolvedLink> resolver) {
        this.catalog = catalog;
        this.apis = apis;
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
            Optional<ProjectReference> named = ProjectReference.of(xref.target()).filter(n -> ours(n, local, built));
            if (named.isEmpty()) {
                continue; // another project's business, or a version of ours not built here
            }
            ResolvedLink resolved = resolver.apply(origin,
                    new Link(0, Link.Kind.LINK, xref.target(), xref.line(), xref.column()));
            if (resolved.problem() == null) {
                continue;
            }
            if (named.get().kind() == ProjectReference.Kind.API) {
                // No wanted page: no version of the service has a spec; the project is ours all the same.
                if (resolved.wanted() == null || built.contains(resolved.wanted().project())) {
                    problems.add(relocated(resolved, specFile(named.get().project(), resolved.wanted()),
                            "inbound API reference from ", inventory, project, page, xref));
                }
            } else if (resolved.wanted() != null) {
                problems.add(relocated(resolved, displayPath(resolved.wanted()), "inbound link from ", inventory,
                        project, page, xref));
            }
        }
    }

    /** Whether a reference names a project built here, in a version built here when it names one. */
    private static boolean ours(ProjectReference named, Set<String> local, Set<ProjectVersion> built) {
        return local.contains(named.project())
                && (named.version() == null || built.contains(new ProjectVersion(named.project(), named.version())));
    }

    /**
     * The problem placed on the local file the reference wants (the page an xref names, the spec
     * of the service an {@code api:} reference names): that is the file the change touched, where
     * a reviewer sees it, and the only one of the two that is in this repository.
     */
    private static ResolvedLink relocated(ResolvedLink resolved, String file, String what, Inventory inventory,
                                          ProjectVersion project, Inventory.Page page, Inventory.Xref xref) {
        Diagnostic problem = resolved.problem();
        String from = project + " " + page.file() + ":" + xref.line() + ":" + xref.column();
        Diagnostic moved = new Diagnostic(problem.severity(), problem.rule(), file, 0, 0,
                what + from + " (inventory " + inventory.source() + "): " + problem.message(), problem.hint());
        return new ResolvedLink(resolved.link(), resolved.href(), resolved.target(), resolved.anchor(),
                resolved.broken(), resolved.wanted(), moved);
    }

    /**
     * The first spec file of the local service version an {@code api:} reference wants; without
     * one (no version of the service has a spec any more), the project as a whole.
     */
    private String specFile(String service, PageRef wanted) {
        return Optional.ofNullable(wanted).flatMap(w -> apis.service(w.project()))
                .filter(spec -> !spec.files().isEmpty())
                .map(spec -> spec.files().get(0).displayPath())
                .orElse(service);
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
}
