package io.docstack.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.SitePath;
import io.docstack.model.StageClock;
import io.docstack.pipeline.Change;
import io.docstack.pipeline.Pipeline;
import io.docstack.pipeline.Rendering;
import io.docstack.pipeline.Scope;
import io.docstack.pipeline.Validated;
import io.docstack.publish.SiteWriter;
import io.docstack.render.SiteRenderer;
import io.docstack.search.Searcher;

/**
 * The preview's build: the {@link Pipeline} kept open, run from nothing once and then per batch of
 * edited files, and the site rendered into memory as far as the run's {@link Scope} reaches:
 * <ul>
 * <li>render renders only the pages whose content, links or navigation changed (every page when
 *     the scope is the whole site, or what all pages show changed: a project's home, the theme);</li>
 * <li>after the pages are served ({@link #complete}), search replaces the sections of the changed
 *     pages in a Lucene index kept open, and the site's data files (inventory, sitemap) and
 *     {@code latest} aliases are written again: the reload does not wait for them.</li>
 * </ul>
 * The static search export is not written: the served pages search through the server. After a
 * build that failed half-way, the next runs from nothing. Not thread-safe: one thread builds; the
 * snapshots it returns are immutable. {@link Preview} serves it; a test or an embedding tool may
 * run it without a server.
 */
public final class PreviewBuild implements AutoCloseable {

    /**
     * One build's result.
     *
     * @param site        the site to serve
     * @param diagnostics the problems in the user's input, with configured severities, sorted
     * @param stages      wall time of each stage
     */
    public record Result(SiteSnapshot site, List<Diagnostic> diagnostics, Map<String, Duration> stages) {
    }

    private final SiteConfig config;
    private final Pipeline pipeline;
    private final LiveSearch search;
    private final Path work;
    /** The last build's stage outputs and renderer, what it serves and returned. */
    private Validated last;
    private SiteRenderer renderer;
    private SiteSnapshot served;
    private Result result;
    /** Whether the site's data files are to be written again by {@link #complete}. */
    private boolean dataPending;
    /** True while a build is under way, and after one failed half-way: the next runs from nothing. */
    private boolean unfinished;

    private PreviewBuild(SiteConfig config, Pipeline pipeline, LiveSearch search, Path work) {
        this.config = config;
        this.pipeline = pipeline;
        this.search = search;
        this.work = work;
    }

    /** Builds the whole site of {@code config}; the search index goes to a scratch folder deleted on {@link #close}. */
    public static PreviewBuild start(SiteConfig config) {
        Objects.requireNonNull(config, "config");
        Path work = SiteWriter.temporaryFolder("docstack-preview");
        Pipeline pipeline = null;
        LiveSearch search = null;
        try {
            StageClock clock = new StageClock();
            pipeline = Pipeline.open(config, true, null);
            Validated site = pipeline.full(clock);
            search = clock.time("search", () -> LiveSearch.create(site, work.resolve("index")));
            PreviewBuild build = new PreviewBuild(config, pipeline, search, work);
            build.render(clock, site);
            // Runs an edit's build once now (a page saved unchanged), rather than on the writer's first save.
            build.apply(site.catalog().pages().stream().limit(1).map(page -> page.file()).collect(Collectors.toSet()));
            build.result = new Result(build.served, build.result.diagnostics(), clock.stages());
            return build;
        } catch (RuntimeException e) {
            if (search != null) {
                search.close();
            }
            if (pipeline != null) {
                pipeline.close();
            }
            SiteWriter.deleteQuietly(work);
            throw e;
        }
    }

    /** The site of the last build, with the search index as of the last {@link #complete}. */
    public SiteSnapshot site() {
        return served;
    }

    /** The last build's result (the first build's until {@link #apply}). */
    public Result result() {
        return result;
    }

    /**
     * Builds again after {@code edited} files (any form of path) changed, were created or deleted.
     * The returned site searches with the last build's index until {@link #complete}.
     */
    public Result apply(Set<Path> edited) {
        Change change = unfinished ? Change.everything() : Change.of(edited);
        unfinished = true;
        StageClock clock = new StageClock();
        Validated before = last;
        Validated next = pipeline.update(change, clock);
        Result built = render(clock, next);
        search.changed(before, next);
        unfinished = false;
        return built;
    }

    /**
     * The rest of the last build, which the reload does not wait for: the changed pages put into
     * the search index, and the site's data files (inventory, coverage, sitemap) written. Returns
     * the last build's site with them, or null when there was nothing to do. The searcher before
     * the one replaced is closed now: requests that began with it have long finished.
     */
    public SiteSnapshot complete() {
        if (!search.behind() && !dataPending) {
            return null;
        }
        MemorySite memory = MemorySite.of(served);
        if (dataPending) {
            Rendering.data(config, last, memory);
            renderer.renderAliases(memory);
            dataPending = false;
        }
        Searcher searcher = search.behind() ? search.catchUp(last) : search.searcher();
        served = memory.snapshot(served.problems(), searcher);
        return served;
    }

    /** Renders {@code next} into memory, as far as its scope reaches, and serves it. */
    private Result render(StageClock clock, Validated next) {
        SiteRenderer before = renderer;
        boolean newTheme = before == null || next.scope() instanceof Scope.Whole whole && whole.theme();
        SiteRenderer nextRenderer = clock.time("frame", () -> newTheme ? Rendering.renderer(config, next)
                : before.next(next.catalog(), next.converted(), next.links(), next.navigation(), next.coverage()));
        MemorySite memory = next.scope() instanceof Scope.Partial partial && !newTheme && nextRenderer.sameFrame(before)
                ? renderChanged(clock, next, nextRenderer, partial)
                : clock.time("render", () -> renderAll(next, nextRenderer));
        List<Diagnostic> diagnostics = config.withSeverities(next.diagnostics());
        served = clock.time("snapshot", () -> memory.snapshot(problemsByPage(next.converted().pages(), diagnostics), search.searcher()));
        last = next;
        renderer = nextRenderer;
        result = new Result(served, diagnostics, clock.stages());
        return result;
    }

    private MemorySite renderAll(Validated site, SiteRenderer renderer) {
        MemorySite memory = new MemorySite();
        Rendering.whole(config, site, renderer, memory);
        return memory;
    }

    /** The last site with the changed pages rendered again, new and edited assets copied, and removed files gone. */
    private MemorySite renderChanged(StageClock clock, Validated next, SiteRenderer renderer, Scope.Partial scope) {
        MemorySite memory = clock.time("snapshot", () -> MemorySite.of(served));
        List<Page> pages = clock.time("render select", () -> ChangedPages.toRender(last, next, scope, pipeline::linkersOf));
        clock.time("render", () -> {
            Rendering.pages(renderer, pages, memory, config.threads());
            return null;
        });
        boolean cameOrWent = ChangedPages.cameOrWent(last, next, scope);
        Set<SitePath> before = cameOrWent ? ChangedPages.outputs(last) : Set.of();
        if (cameOrWent) {
            Set<SitePath> after = ChangedPages.outputs(next);
            before.stream().filter(path -> !after.contains(path)).forEach(memory::delete);
        }
        ChangedPages.assetsToCopy(next, scope, cameOrWent, before).forEach(asset -> memory.copy(asset.sitePath(), asset.file()));
        clock.time("site files", () -> {
            renderer.renderSiteFiles(memory);
            return null;
        });
        dataPending = true;
        return memory;
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
            search.close();
        } finally {
            pipeline.close();
            SiteWriter.deleteQuietly(work);
        }
    }
}
