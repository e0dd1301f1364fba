package io.docstack.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.docstack.convert.ConvertedSite;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.source.Catalog;
import io.docstack.spec.ApiSite;

/**
 * The link stage kept between edits, for the preview: the links of a whole site resolved once
 * ({@link Linker#resolve}), then after each edit only those an edit can change. It remembers
 * which pages link to each file, so finding them costs the edit, not the site. The specs are
 * fixed: when they change, resolve anew. Not thread-safe: one thread updates it.
 */
public final class LiveLinks {

    private final ApiSite apis;
    private final ApiLinks apiLinks;
    private Linker linker;
    private LinkGraph graph;
    /** For each file, the pages with a link that reaches or means it. */
    private final Map<PageRef, Set<PageRef>> linkers = new HashMap<>();
    /** The pages whose links the last update resolved anew. */
    private Set<PageRef> relinked = Set.of();
    /** The problems of each page that has some. */
    private final Map<PageRef, List<Diagnostic>> problems = new HashMap<>();

    private LiveLinks(Catalog catalog, ConvertedSite site, ApiSite apis) {
        this.apis = apis;
        this.apiLinks = Linker.apiLinks(catalog, apis);
        this.linker = new Linker(new Targets(catalog, site), apiLinks);
        this.graph = linker.resolveSite(catalog, site, apis);
        graph.links().forEach(this::remember);
    }

    /** Resolves every link of {@code site}, as {@link Linker#resolve(Catalog, ConvertedSite, ApiSite)}. */
    public static LiveLinks resolve(Catalog catalog, ConvertedSite site, ApiSite apis) {
        return new LiveLinks(Objects.requireNonNull(catalog), Objects.requireNonNull(site), Objects.requireNonNull(apis));
    }

    /** The links as of the last call. */
    public LinkGraph graph() {
        return graph;
    }

    /** The pages with a link that reaches or means {@code file}, a page or an asset. */
    public Set<PageRef> linkersOf(PageRef file) {
        return Set.copyOf(linkers.getOrDefault(file, Set.of()));
    }

    /** The pages whose links the last {@link #update} resolved anew (every other page kept its list). */
    public Set<PageRef> relinked() {
        return relinked;
    }

    /**
     * The links after an edit: resolved anew for the pages of {@code site} that are new or that
     * {@code changed} names, for every page with a link that reaches or means a file {@code changed}
     * names that came, went, or has other anchors now, and, when a file came or went, for every page with
     * a problem (a broken link may resolve now; hints list the paths). Every other page keeps its
     * list of resolved links, the same object. The inventories' inbound references are checked again.
     *
     * @param catalog the catalog after the edit (same inventories)
     * @param site    the pages after the edit, with the reference pages of the same specs
     * @param changed pages and assets added, removed or changed by the edit
     */
    public LinkGraph update(Catalog catalog, ConvertedSite site, Set<PageRef> changed) {
        Set<ProjectVersion> projects = new HashSet<>();
        changed.forEach(ref -> projects.add(ref.project()));
        Targets before = linker.targets();
        linker = new Linker(new Targets(before, catalog, site, projects), apiLinks);
        Set<PageRef> present = new HashSet<>();
        changed.stream().filter(ref -> site.page(ref).isPresent()).forEach(present::add);
        boolean cameOrWent = changed.stream().anyMatch(ref -> !present.contains(ref) || !graph.links().containsKey(ref));
        Set<PageRef> relink = new HashSet<>(changed);
        for (PageRef file : changed) {
            // A page that is still there with the same anchors resolves every link into it as before.
            Targets.Target was = before.find(file.project(), file.source()).orElse(null);
            if (was == null || !was.equals(linker.targets().find(file.project(), file.source()).orElse(null))) {
                relink.addAll(linkers.getOrDefault(file, Set.of()));
            }
        }
        if (cameOrWent) {
            relink.addAll(problems.keySet());
        }
        Map<PageRef, List<ResolvedLink>> links = new HashMap<>(graph.links());
        for (PageRef ref : changed) {
            if (!present.contains(ref) && links.containsKey(ref)) {
                forget(ref, links.remove(ref));
            }
        }
        Set<ProjectVersion> mkdocs = Linker.mkdocsProjects(catalog);
        Map<ProjectVersion, io.docstack.source.AntoraComponent> antora = Linker.antoraProjects(catalog);
        Set<PageRef> resolvedAnew = new HashSet<>();
        // A new page is among the changed ones.
        for (Page page : relink.stream().map(site::page).flatMap(java.util.Optional::stream).toList()) {
            resolvedAnew.add(page.ref());
            forget(page.ref(), links.get(page.ref()));
            List<ResolvedLink> resolved = linker.resolveAll(Origin.of(page, mkdocs, antora), page.links());
            links.put(page.ref(), resolved);
            remember(page.ref(), resolved);
        }
        List<Diagnostic> pageProblems = new ArrayList<>();
        problems.values().forEach(pageProblems::addAll);
        graph = linker.graph(catalog, apis, links, pageProblems);
        relinked = Set.copyOf(resolvedAnew);
        return graph;
    }

    private void remember(PageRef page, List<ResolvedLink> links) {
        List<Diagnostic> found = new ArrayList<>();
        for (ResolvedLink link : links) {
            for (PageRef file : files(link)) {
                linkers.computeIfAbsent(file, f -> new HashSet<>()).add(page);
            }
            if (link.problem() != null) {
                found.add(link.problem());
            }
        }
        if (!found.isEmpty()) {
            problems.put(page, found);
        }
    }

    private void forget(PageRef page, List<ResolvedLink> links) {
        problems.remove(page);
        if (links == null) {
            return;
        }
        for (ResolvedLink link : links) {
            for (PageRef file : files(link)) {
                Set<PageRef> pages = linkers.get(file);
                if (pages != null) {
                    pages.remove(page);
                    if (pages.isEmpty()) {
                        linkers.remove(file);
                    }
                }
            }
        }
    }

    private static List<PageRef> files(ResolvedLink link) {
        if (link.target() == null) {
            return link.wanted() == null ? List.of() : List.of(link.wanted());
        }
        return link.wanted() == null || link.wanted().equals(link.target()) ? List.of(link.target())
                : List.of(link.target(), link.wanted());
    }
}
