package io.docstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.docstack.model.StageClock;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.link.ApiCoverage;
import io.docstack.link.LinkGraph;
import io.docstack.link.LiveLinks;
import io.docstack.link.ResolvedLink;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.nav.Navigator;
import io.docstack.nav.Reachability;
import io.docstack.nav.SiteNavigation;
import io.docstack.render.SiteRenderer;
import io.docstack.search.LiveIndex;
import io.docstack.search.Searcher;
import io.docstack.serve.MemorySite;
import io.docstack.serve.SiteSnapshot;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;
import io.docstack.source.Sources;
import io.docstack.spec.ApiPages;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Specs;

/**
 * The preview's build: the whole pipeline once, into memory, then per batch of edited files only
 * what the edits touch. The stages run as in {@link Docstack#build}, each told what changed:
 * <ul>
 * <li>source lists again only the projects where files came or went;</li>
 * <li>convert converts only the edited pages (AsciiDoc pages too when a file they may include
 *     changed), keeping its workers and Asciidoctor up between edits;</li>
 * <li>link resolves again only the links of the changed pages and of the pages that link to them
 *     (all pages with a problem when files came or went);</li>
 * <li>nav is built again (it is cheap), and a project whose navigation changed is rendered again;</li>
 * <li>render renders only the pages whose content, links or navigation changed (every page when
 *     what all pages show changed: a project's home, the theme);</li>
 * <li>after the pages are served ({@link #complete}), search replaces the sections of the changed
 *     pages in a Lucene index kept open, and the site's data files (inventory, sitemap) and
 *     {@code latest} aliases are written again: the reload does not wait for them.</li>
 * </ul>
 * Specs and the theme are few files that every page may depend on: an edit to one runs every
 * stage after convert on the whole site, as does the batch after a failed one. The static search
 * export is not written: the served pages search through the server. Not thread-safe: one thread
 * builds; the snapshots it returns are immutable.
 */
final class PreviewBuild implements AutoCloseable {

    /**
     * One build's result.
     *
     * @param site        the site to serve
     * @param diagnostics the problems in the user's input, with configured severities, sorted
     * @param stages      wall time of each stage
     */
    record Result(SiteSnapshot site, List<Diagnostic> diagnostics, Map<String, Duration> stages) {
    }

    private final SiteConfig config;
    private final Converter converter;
    private final LiveIndex index;
    private final Path work;
    /** The last build's stage outputs, reference pages and renderer. */
    private Docstack.Validated last;
    private LiveLinks links;
    private ApiPages.Generated reference;
    private SiteRenderer renderer;
    private SiteSnapshot served;
    private Result result;
    /** The pages whose search sections are to be replaced by {@link #complete}, and whether the operations are. */
    private final Set<PageRef> searchPending = new HashSet<>();
    private boolean apisPending;
    /** Whether the site's data files are to be written again by {@link #complete}. */
    private boolean dataPending;
    /** The searcher served, and the one before it (requests may still be using it). */
    private Searcher searcher;
    private Searcher retired;
    /** The pages a reader can reach, as of the last build. */
    private Set<PageRef> reached;
    /** True after a build failed half-way: the next runs every stage on the whole site. */
    private boolean whole;

    private PreviewBuild(SiteConfig config, Converter converter, LiveIndex index, Path work) {
        this.config = config;
        this.converter = converter;
        this.index = index;
        this.work = work;
    }

    /** Builds the whole site of {@code config}; the search index goes to a scratch folder deleted on {@link #close}. */
    static PreviewBuild start(SiteConfig config) {
        Objects.requireNonNull(config, "config");
        Path work = Docstack.temporaryFolder("docstack-preview");
        Converter converter = null;
        LiveIndex index = null;
        try {
            StageClock clock = new StageClock();
            converter = Converter.open(config.limits(), config.threads(), true);
            Converter opened = converter;
            Catalog catalog = clock.time("source", () -> Sources.aggregate(config));
            ConvertedSite written = clock.time("convert", () -> opened.convert(catalog));
            ApiSite apis = clock.time("spec", () -> Specs.read(catalog, config.limits()));
            ApiPages.Generated reference = clock.time("spec pages", () -> ApiPages.generate(apis, true));
            ConvertedSite site = ApiPages.addTo(written, reference);
            LiveLinks links = clock.time("link", () -> LiveLinks.resolve(catalog, site, apis));
            index = clock.time("search", () -> LiveIndex.create(site, apis, work.resolve("index")));
            PreviewBuild build = new PreviewBuild(config, converter, index, work);
            build.links = links;
            build.finish(clock, catalog, site, apis, reference, links.graph(), null, null);
            // Runs an edit's build once now (a page saved unchanged), rather than on the writer's first save.
            build.apply(catalog.pages().stream().limit(1).map(page -> page.file()).collect(java.util.stream.Collectors.toSet()));
            build.result = new Result(build.served, build.result.diagnostics(), clock.stages());
            return build;
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            if (converter != null) {
                converter.close();
            }
            Docstack.deleteQuietly(work);
            throw e;
        }
    }

    /** The site of the last build, with the search index as of the last {@link #complete}. */
    SiteSnapshot site() {
        return served;
    }

    /** The last build's result (the first build's until {@link #apply}). */
    Result result() {
        return result;
    }

    /**
     * Builds again after {@code edited} files (absolute paths) changed, were created or deleted.
     * The returned site searches with the last build's index until {@link #complete}.
     */
    Result apply(Set<Path> edited) {
        Set<Path> files = new HashSet<>();
        edited.forEach(path -> files.add(path.toAbsolutePath().normalize()));
        boolean specs = touchesSpecs(files);
        boolean theme = config.themeDir() != null && files.stream().anyMatch(f -> f.startsWith(absolute(config.themeDir())));
        boolean everything = whole || specs || theme;
        whole = true; // until this build is done
        StageClock clock = new StageClock();
        Catalog catalog = clock.time("source", () -> Sources.rescan(config, last.catalog(), files));
        Converter.Update converted = clock.time("convert", () -> converter.update(catalog, files));
        ApiSite apis = specs ? clock.time("spec", () -> Specs.read(catalog, config.limits())) : last.apis();
        ApiPages.Generated pages = specs ? clock.time("spec pages", () -> ApiPages.generate(apis, true)) : reference;
        ConvertedSite site = ApiPages.addTo(converted.site(), pages);
        Set<PageRef> changed = new HashSet<>(converted.changed());
        if (catalog != last.catalog()) {
            changed.addAll(assetsCameOrWent(last.catalog(), catalog));
        }
        LinkGraph links = clock.time("link", () -> {
            if (everything) {
                this.links = LiveLinks.resolve(catalog, site, apis);
                return this.links.graph();
            }
            return this.links.update(catalog, site, changed);
        });
        Result result = finish(clock, catalog, site, apis, pages, links, theme ? null : renderer,
                everything ? null : new Scope(files, changed, this.links.relinked()));
        searchPending.addAll(converted.changed());
        if (everything) {
            searchPending.addAll(refs(site));
        }
        apisPending |= specs;
        whole = false;
        return result;
    }

    /**
     * The rest of the last build, which the reload does not wait for: the changed pages put into
     * the search index, and the site's data files (inventory, coverage, sitemap) written. Returns
     * the last build's site with them, or null when there was nothing to do. The searcher before
     * the one replaced is closed now: requests that began with it have long finished.
     */
    SiteSnapshot complete() {
        if (searchPending.isEmpty() && !apisPending && !dataPending) {
            return null;
        }
        MemorySite memory = MemorySite.of(served);
        if (dataPending) {
            Docstack.writeSiteData(config, last, memory);
            renderer.renderAliases(memory);
            dataPending = false;
        }
        if (!searchPending.isEmpty() || apisPending) {
            index.update(last.converted(), last.apis(), searchPending, apisPending);
            searchPending.clear();
            apisPending = false;
            if (retired != null) {
                retired.close();
            }
            retired = searcher;
            searcher = index.searcher();
        }
        served = memory.snapshot(served.problems(), searcher);
        return served;
    }

    /**
     * What an edit changed, for the stages after link.
     *
     * @param edited   the files edited
     * @param changed  pages and assets added, removed or changed
     * @param relinked pages whose links were resolved anew
     */
    private record Scope(Set<Path> edited, Set<PageRef> changed, Set<PageRef> relinked) {
    }

    /**
     * The stages after link, and the render: on every page when {@code scope} is null (the first
     * build, or an edit every page may depend on), else on what the edit changed.
     */
    private Result finish(StageClock clock, Catalog catalog, ConvertedSite site, ApiSite apis,
                          ApiPages.Generated pages, LinkGraph links, SiteRenderer before, Scope scope) {
        ApiCoverage coverage = ApiCoverage.of(apis, links, config.minApiCoverage());
        Set<ProjectVersion> navProjects = scope == null ? null : navProjects(catalog, scope);
        SiteNavigation navigation = clock.time("nav", () -> scope == null ? Navigator.build(catalog, site, config.limits())
                : Navigator.update(last.navigation(), catalog, site, config.limits(), navProjects));
        Set<ProjectVersion> navChanged = scope == null ? null : navChanged(navigation, navProjects);
        Docstack.Validated next = clock.time("check", () -> {
            if (scope == null || mayChangeReach(scope, links, navChanged)) {
                reached = Reachability.reached(site, links, navigation);
            }
            return Docstack.validated(catalog, site, apis, links, navigation, coverage, Reachability.unreachable(site, reached));
        });
        SiteRenderer nextRenderer = clock.time("frame", () -> before == null
                ? new SiteRenderer(config, catalog, site, links, navigation, coverage)
                : before.next(catalog, site, links, navigation, coverage));
        boolean all = scope == null || before == null || !nextRenderer.sameFrame(before);
        MemorySite memory = all ? clock.time("render", () -> renderAll(next, nextRenderer))
                : renderChanged(clock, next, nextRenderer, scope, navChanged);
        List<Diagnostic> diagnostics = Docstack.withSeverities(config, next.diagnostics());
        if (searcher == null) {
            searcher = index.searcher();
        }
        served = clock.time("snapshot", () -> memory.snapshot(problemsByPage(site.pages(), diagnostics), searcher));
        last = next;
        reference = pages;
        renderer = nextRenderer;
        result = new Result(served, diagnostics, clock.stages());
        return result;
    }

    /** The projects whose navigation may have changed: with a changed page or asset, new files, or an edited file their nav reads. */
    private Set<ProjectVersion> navProjects(Catalog catalog, Scope scope) {
        Set<ProjectVersion> projects = new HashSet<>();
        scope.changed().forEach(ref -> projects.add(ref.project()));
        for (ProjectSources project : catalog.projects()) {
            ProjectVersion id = project.config().id();
            ProjectSources before = last.catalog().project(id).orElse(null);
            if (before != project || scope.edited().stream().anyMatch(project::navigationMayRead)) {
                projects.add(id);
            }
        }
        return projects;
    }

    private Set<ProjectVersion> navChanged(SiteNavigation navigation, Set<ProjectVersion> projects) {
        Set<ProjectVersion> changed = new HashSet<>();
        for (ProjectVersion project : projects) {
            if (!navigation.tree(project).equals(last.navigation().tree(project))) {
                changed.add(project);
            }
        }
        return changed;
    }

    /**
     * Whether the pages a reader can reach may differ from the last build's: a navigation changed,
     * a file came or went, or a page's links reach other pages than before.
     */
    private boolean mayChangeReach(Scope scope, LinkGraph links, Set<ProjectVersion> navChanged) {
        if (!navChanged.isEmpty()) {
            return true;
        }
        for (PageRef ref : scope.changed()) {
            if (!links.links().containsKey(ref) || !last.links().links().containsKey(ref)) {
                return true;
            }
        }
        for (PageRef ref : scope.relinked()) {
            if (!targets(links.of(ref)).equals(targets(last.links().of(ref)))) {
                return true;
            }
        }
        return false;
    }

    private static Set<PageRef> targets(List<ResolvedLink> links) {
        Set<PageRef> targets = new HashSet<>();
        links.forEach(link -> {
            if (link.target() != null) {
                targets.add(link.target());
            }
        });
        return targets;
    }

    private MemorySite renderAll(Docstack.Validated site, SiteRenderer renderer) {
        MemorySite memory = new MemorySite();
        Docstack.renderPages(renderer, site.converted().pages(), memory, config.threads());
        Docstack.copyAssets(site.catalog(), memory);
        Docstack.writeSiteFiles(config, site, renderer, memory);
        return memory;
    }

    /** The last site with the changed pages rendered again, new and edited assets copied, and removed files gone. */
    private MemorySite renderChanged(StageClock clock, Docstack.Validated next, SiteRenderer renderer, Scope scope,
                                     Set<ProjectVersion> navChanged) {
        MemorySite memory = clock.time("snapshot", () -> MemorySite.of(served));
        List<Page> pages = clock.time("render select", () -> toRender(next, scope, navChanged));
        clock.time("render", () -> {
            Docstack.renderPages(renderer, pages, memory, config.threads());
            return null;
        });
        boolean cameOrWent = scope.changed().stream()
                .anyMatch(ref -> !next.links().links().containsKey(ref) || !last.links().links().containsKey(ref));
        Set<SitePath> before = cameOrWent ? outputs(last) : Set.of();
        if (cameOrWent) {
            Set<SitePath> after = outputs(next);
            before.stream().filter(path -> !after.contains(path)).forEach(memory::delete);
        }
        for (ProjectSources project : next.catalog().projects()) {
            List<Path> folders = project.folders();
            if (!cameOrWent && scope.edited().stream().noneMatch(file -> folders.stream().anyMatch(file::startsWith))) {
                continue;
            }
            for (SourceFile asset : project.assets()) {
                SitePath at = asset.sitePath();
                if (cameOrWent && !before.contains(at) || scope.edited().contains(asset.file())) {
                    memory.copy(at, asset.file());
                }
            }
        }
        clock.time("site files", () -> {
            renderer.renderSiteFiles(memory);
            return null;
        });
        dataPending = true;
        return memory;
    }

    /**
     * The pages to render again: those that changed, those whose resolved links changed, those
     * with a link to a page whose title or headings changed (the text of an empty link is its
     * target's title or heading), the pages before and after a
     * page whose title changed (their previous and next links show it), and every page of a
     * project whose navigation changed.
     */
    private List<Page> toRender(Docstack.Validated next, Scope scope, Set<ProjectVersion> navChanged) {
        Set<PageRef> wanted = new HashSet<>();
        Set<PageRef> retitled = new HashSet<>();
        Set<PageRef> renamed = new HashSet<>(); // a link's text may be the title or a heading of its target
        for (PageRef ref : scope.changed()) {
            Page page = next.converted().page(ref).orElse(null);
            Page old = last.converted().page(ref).orElse(null);
            if (page != null) {
                wanted.add(ref);
            }
            if (page == null || old == null || !old.title().equals(page.title())) {
                retitled.add(ref);
                renamed.add(ref);
            } else if (!old.headings().equals(page.headings())) {
                renamed.add(ref);
            }
        }
        wanted.addAll(neighbours(next.navigation(), retitled));
        renamed.forEach(ref -> wanted.addAll(links.linkersOf(ref)));
        for (PageRef ref : scope.relinked()) {
            if (!last.links().of(ref).equals(next.links().of(ref))) {
                wanted.add(ref);
            }
        }
        List<Page> pages = new ArrayList<>();
        if (navChanged.isEmpty()) {
            wanted.stream().map(next.converted()::page).flatMap(java.util.Optional::stream).forEach(pages::add);
            return pages;
        }
        for (Page page : next.converted().pages()) {
            if (wanted.contains(page.ref()) || navChanged.contains(page.project())) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** The pages before and after {@code pages} in their project's reading order: their previous and next links show its title. */
    private static Set<PageRef> neighbours(SiteNavigation navigation, Set<PageRef> pages) {
        Set<PageRef> found = new HashSet<>();
        for (PageRef page : pages) {
            List<PageRef> order = navigation.tree(page.project()).readingOrder();
            int at = order.indexOf(page);
            if (at > 0) {
                found.add(order.get(at - 1));
            }
            if (at >= 0 && at + 1 < order.size()) {
                found.add(order.get(at + 1));
            }
        }
        return found;
    }

    /** The site paths of every page and asset. */
    private static Set<SitePath> outputs(Docstack.Validated site) {
        Set<SitePath> paths = new HashSet<>();
        site.converted().pages().forEach(page -> paths.add(page.sitePath()));
        for (ProjectSources project : site.catalog().projects()) {
            project.assets().forEach(asset -> paths.add(asset.sitePath()));
        }
        return paths;
    }

    /** Assets in one catalog and not the other, as the pages a link may mean. */
    private static Set<PageRef> assetsCameOrWent(Catalog before, Catalog after) {
        Set<PageRef> old = assets(before);
        Set<PageRef> now = assets(after);
        Set<PageRef> difference = new HashSet<>();
        old.stream().filter(ref -> !now.contains(ref)).forEach(difference::add);
        now.stream().filter(ref -> !old.contains(ref)).forEach(difference::add);
        return difference;
    }

    private static Set<PageRef> assets(Catalog catalog) {
        Set<PageRef> assets = new HashSet<>();
        for (ProjectSources project : catalog.projects()) {
            project.assets().forEach(asset -> assets.add(new PageRef(project.config().id(), asset.path())));
        }
        return assets;
    }

    private static Set<PageRef> refs(ConvertedSite site) {
        Set<PageRef> refs = new HashSet<>();
        site.pages().forEach(page -> refs.add(page.ref()));
        return refs;
    }

    private boolean touchesSpecs(Set<Path> files) {
        for (ProjectSources project : last.catalog().projects()) {
            for (Path location : project.config().specLocations()) {
                Path root = absolute(location);
                if (files.stream().anyMatch(f -> f.startsWith(root))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Each page's problems (those reported on its source file), as console lines, by the page's site path. */
    private static Map<SitePath, List<String>> problemsByPage(List<Page> pages, List<Diagnostic> diagnostics) {
        Map<String, List<String>> byFile = new HashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            byFile.computeIfAbsent(diagnostic.file(), f -> new ArrayList<>()).add(diagnostic.format());
        }
        Map<SitePath, List<String>> byPage = new HashMap<>();
        for (Page page : pages) {
            List<String> lines = byFile.get(page.displayPath());
            if (lines != null) {
                byPage.put(page.sitePath(), lines);
            }
        }
        return byPage;
    }

    @Override
    public void close() {
        try {
            for (Searcher open : new Searcher[] {retired, searcher}) {
                if (open != null) {
                    open.close();
                }
            }
            index.close();
        } finally {
            converter.close();
            Docstack.deleteQuietly(work);
        }
    }
}
