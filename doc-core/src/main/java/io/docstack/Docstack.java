package io.docstack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.docstack.model.StageClock;
import io.docstack.config.CheckOptions;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConversionCache;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.inventory.Inventory;
import io.docstack.inventory.InventoryFiles;
import io.docstack.link.LinkGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import io.docstack.search.Searcher;
import io.docstack.search.SearchIndex;
import io.docstack.search.SiteSearch;
import io.docstack.search.StaticIndex;
import io.docstack.search.Hit;
import io.docstack.search.Filters;
import java.nio.charset.StandardCharsets;
import io.docstack.link.ApiCoverage;
import io.docstack.spec.Specs;
import io.docstack.spec.ApiPages;
import io.docstack.spec.ApiSite;
import io.docstack.link.Linker;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.Severity;
import io.docstack.model.SitePath;
import io.docstack.nav.Navigator;
import io.docstack.nav.Reachability;
import io.docstack.nav.SiteNavigation;
import io.docstack.publish.OutputFolder;
import io.docstack.publish.SiteWriter;
import io.docstack.publish.DocsBundle;
import io.docstack.publish.SiteInventory;
import io.docstack.publish.Sitemap;
import io.docstack.render.SiteRenderer;
import io.docstack.render.SiteSink;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;
import io.docstack.source.Sources;

/**
 * Docstack's entry points. Each composes the pipeline stages; none holds state between calls.
 *
 * <pre>
 * build: source -&gt; convert -&gt; spec -&gt; link -&gt; nav -&gt; search -&gt; render -&gt; publish
 * check: source -&gt; convert -&gt; spec -&gt; link -&gt; nav -&gt; (external) -&gt; change, baseline -&gt; report
 * </pre>
 *
 * Problems in the user's input are returned as diagnostics, never thrown: one broken page does not
 * stop the others. Exceptions mean Docstack or the machine failed (disk full, a bug); then the
 * previous site is left untouched.
 */
public final class Docstack {

    /** The API coverage as JSON, at the site root and in the gate's report folder. */
    static final String COVERAGE_JSON = "api-coverage.json";
    /** The static search index for browsers, inside the site ({@link StaticIndex}). */
    public static final String SEARCH_FOLDER = SiteRenderer.ASSETS + "/search/";

    private Docstack() {
    }

    /**
     * Aggregates, converts, validates, indexes, renders and writes the site of {@code config}.
     * With {@link SiteConfig#publishOnError()} false, a build with error-level problems keeps the
     * published site and search index and leaves its own site at {@link #failedSite} instead.
     *
     * @throws IllegalArgumentException before anything is read, written or deleted, when the output
     *                                  folder or its search index could not be replaced safely
     *                                  ({@link OutputFolder#verify})
     */
    public static BuildResult build(SiteConfig config) {
        OutputFolder.verify(config, config.publishOnError() ? List.of(config.output(), searchIndex(config.output()))
                : List.of(config.output(), searchIndex(config.output()), failedSite(config.output())));
        StageClock clock = new StageClock();
        Validated site = validate(config, clock, true, null);
        List<Diagnostic> diagnostics = withSeverities(config, site.diagnostics());
        boolean publish = config.publishOnError() || diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
        Path work = temporaryFolder("docstack-search");
        try {
            SiteSearch.Built search = SiteSearch.build(site.converted(), site.apis(), work);
            clock.record(search.stages());
            Path written = publish ? config.output() : failedSite(config.output());
            int assets = clock.time("render+publish", () -> renderAndPublish(config, site, search.export(), written));
            if (publish) {
                clock.time("search publish", () -> publishSearchIndex(config, search.index()));
            }
            return new BuildResult(written, site.converted().pages().size(), assets,
                    diagnostics, clock.stages(), publish, SourceTally.of(site.catalog()));
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * The preview ({@code doc:serve}): builds the site in memory, serves it on {@code host}:{@code
     * port} (0 picks a free port; use 127.0.0.1 unless the preview must be reachable from other
     * machines), watches every source, and after each batch of edits rebuilds and reloads the open
     * pages that changed. {@code report} hears of every build, the first included. Close the
     * returned preview to stop.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public static Preview serve(SiteConfig config, String host, int port, java.util.function.Consumer<Preview.Rebuilt> report) {
        return serve(config, host, port, List.of(), report);
    }

    /**
     * The preview, answering requests that name {@code allowedHosts} too: besides the loopback
     * names and {@code host}, the only host names it answers for, against DNS rebinding (each a
     * name, an IP address, or {@code .domain} for a domain and every name under it).
     *
     * @throws IllegalArgumentException when an entry of {@code allowedHosts} is no host name
     * @throws IllegalStateException    when the port cannot be bound
     */
    public static Preview serve(SiteConfig config, String host, int port, List<String> allowedHosts,
                                java.util.function.Consumer<Preview.Rebuilt> report) {
        return Preview.start(config, host, port, allowedHosts, report);
    }

    /**
     * {@code doc:bundle}: validates the one project of {@code config} (against the link inventories
     * it names, as the gate does) and writes its docs bundle to {@code zip}: its docs folder, specs
     * and link inventory ({@link DocsBundle}). The zip is written even when problems are found; the
     * caller decides whether errors stop the build.
     *
     * @throws IllegalArgumentException when {@code config} has not exactly one project of
     *                                  Docstack's layout, from a folder, or when {@code zip} is an
     *                                  input or an existing file that is not a bundle
     *                                  ({@link OutputFolder#verifyBundle})
     */
    public static BundleResult bundle(SiteConfig config, Path zip) {
        if (config.projects().size() != 1 || !config.antoraSources().isEmpty() || !config.gitSources().isEmpty()
                || !config.bundles().isEmpty()) {
            throw new IllegalArgumentException("a docs bundle holds exactly one project from a docs folder; this "
                    + "configuration has " + config.projects().size() + " and other sources");
        }
        OutputFolder.verifyBundle(config, zip, io.docstack.source.BundleDescriptor.FILE_NAME);
        StageClock clock = new StageClock();
        Validated site = validate(config, clock, false, null);
        clock.time("bundle", () -> {
            DocsBundle.write(config.projects().get(0), SiteInventory.of(site.catalog(), site.converted(), site.apis()), zip);
            return null;
        });
        return new BundleResult(zip, site.converted().pages().size(), withSeverities(config, site.diagnostics()),
                clock.stages());
    }

    /**
     * The review gate: aggregates, converts and validates (no theme, no output), then narrows the
     * problems to a change and a baseline as {@code options} say, and writes the reports.
     */
    public static CheckResult check(SiteConfig config, CheckOptions options) {
        StageClock clock = new StageClock();
        ConversionCache cache = options.cacheFile() == null ? null
                : clock.time("cache load", () -> ConversionCache.load(options.cacheFile(), ConversionCache.salt(config)));
        Validated site = validate(config, clock, false, cache);
        return Gate.report(config, options, site, cache, clock);
    }

    /**
     * The stages that every entry point runs: source, convert (with or without page HTML), spec
     * (OpenAPI specs read, API reference pages added), link (with API coverage), nav.
     */
    static Validated validate(SiteConfig config, StageClock clock, boolean html, ConversionCache cache) {
        return validateWith(config, clock, html, catalog -> Converter.convert(catalog, config.limits(), config.threads(), html, cache));
    }

    /**
     * {@link #validate(SiteConfig, StageClock, boolean, ConversionCache)} with the pages converted by
     * {@code convert}: a converter kept open across builds (the fuzz harnesses' one Asciidoctor).
     */
    static Validated validateWith(SiteConfig config, StageClock clock, boolean html,
                                  java.util.function.Function<Catalog, ConvertedSite> convert) {
        Catalog catalog = clock.time("source", () -> Sources.aggregate(config));
        ConvertedSite pages = clock.time("convert", () -> convert.apply(catalog));
        ApiSite apis = clock.time("spec", () -> Specs.read(catalog, config.limits()));
        ConvertedSite site = clock.time("spec pages", () -> ApiPages.addTo(pages, apis, html));
        LinkGraph links = clock.time("link", () -> Linker.resolve(catalog, site, apis));
        ApiCoverage coverage = ApiCoverage.of(apis, links, config.minApiCoverage());
        SiteNavigation navigation = clock.time("nav", () -> Navigator.build(catalog, site, config.limits()));
        return validated(catalog, site, apis, links, navigation, coverage);
    }

    /** The stages' outputs with every problem they found, and the unreachable pages. */
    static Validated validated(Catalog catalog, ConvertedSite site, ApiSite apis, LinkGraph links,
                               SiteNavigation navigation, ApiCoverage coverage) {
        return validated(catalog, site, apis, links, navigation, coverage, Reachability.check(site, links, navigation));
    }

    /** Like {@link #validated(Catalog, ConvertedSite, ApiSite, LinkGraph, SiteNavigation, ApiCoverage)}, with the unreachable pages known. */
    static Validated validated(Catalog catalog, ConvertedSite site, ApiSite apis, LinkGraph links,
                               SiteNavigation navigation, ApiCoverage coverage, List<Diagnostic> unreachable) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        diagnostics.addAll(catalog.diagnostics());
        diagnostics.addAll(apis.diagnostics());
        diagnostics.addAll(site.diagnostics());
        diagnostics.addAll(links.diagnostics());
        diagnostics.addAll(coverage.diagnostics());
        diagnostics.addAll(navigation.diagnostics());
        diagnostics.addAll(unreachable);
        return new Validated(catalog, site, apis, links, navigation, coverage, diagnostics);
    }

    /** The outputs of the validating stages. */
    record Validated(Catalog catalog, ConvertedSite converted, ApiSite apis, LinkGraph links,
                     SiteNavigation navigation, ApiCoverage coverage, List<Diagnostic> diagnostics) {
    }

    /**
     * Where a build with errors leaves its site when it keeps the published one: beside the output,
     * {@code target/site.failed} for {@code target/site}.
     */
    public static Path failedSite(Path output) {
        return sibling(output, ".failed");
    }

    /** The folder beside {@code output} named as it is plus {@code suffix}. */
    private static Path sibling(Path output, String suffix) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }

    /**
     * Renders every page into a staging folder and swaps it in at {@code folder} (the output, or
     * the failed site beside it); returns the number of assets copied.
     */
    private static int renderAndPublish(SiteConfig config, Validated validated, Path searchExport, Path folder) {
        try (SiteWriter writer = SiteWriter.open(folder)) {
            int assets = renderInto(config, validated, searchExport, writer);
            writer.commit();
            return assets;
        }
    }

    /**
     * Renders the whole site (pages, assets, site files, inventory, coverage, sitemap, the static
     * search files of {@code searchExport}, if not null) into {@code sink}; returns the number of assets.
     */
    static int renderInto(SiteConfig config, Validated validated, Path searchExport, SiteSink sink) {
        SiteRenderer renderer = new SiteRenderer(config, validated.catalog(), validated.converted(), validated.links(),
                validated.navigation(), validated.coverage());
        renderPages(renderer, validated.converted().pages(), sink, config.threads());
        int assets = copyAssets(validated.catalog(), sink);
        writeSiteFiles(config, validated, renderer, sink);
        if (searchExport != null) {
            copyFolder(searchExport, SEARCH_FOLDER, sink);
        }
        return assets;
    }

    /** The files of the whole site besides pages and assets: landing and 404 pages, theme assets, the {@code latest} aliases, and the {@link #writeSiteData data}. */
    static void writeSiteFiles(SiteConfig config, Validated validated, SiteRenderer renderer, SiteSink sink) {
        renderer.renderSiteFiles(sink);
        renderer.renderAliases(sink);
        writeSiteData(config, validated, sink);
    }

    /** The files for machines: the link inventory, the API coverage as JSON, the sitemap. */
    static void writeSiteData(SiteConfig config, Validated validated, SiteSink sink) {
        ConvertedSite site = validated.converted();
        sink.write(SitePath.of(Inventory.FILE_NAME),
                InventoryFiles.toJson(SiteInventory.of(validated.catalog(), site, validated.apis())));
        if (!validated.coverage().services().isEmpty()) {
            sink.write(SitePath.of(COVERAGE_JSON), validated.coverage().toJson().getBytes(StandardCharsets.UTF_8));
        }
        sink.write(SitePath.of("sitemap.xml"),
                Sitemap.of(config.siteUrl(), site.pages().stream().map(Page::sitePath).toList()));
    }

    /**
     * The Lucene index of a site written to {@code output}: beside it, not in it, so that what a
     * static host serves stays the site ({@code target/site} has its index in
     * {@code target/site-search}). Replaced atomically, like the site.
     */
    public static Path searchIndex(Path output) {
        return sibling(output, "-search");
    }

    /**
     * Searches the index a build wrote ({@link #searchIndex}): ranked hits with snippets whose
     * text is HTML-escaped and whose matches are marked. Any text is a valid query.
     */
    public static List<Hit> search(Path index, String query, Filters filters, int limit) {
        try (Searcher searcher = SearchIndex.open(index)) {
            return searcher.search(query, filters, limit);
        }
    }

    /** Publishes the Lucene index written to {@code staging} beside the site, swapped in atomically. */
    private static Void publishSearchIndex(SiteConfig config, Path staging) {
        try (SiteWriter writer = SiteWriter.open(searchIndex(config.output()))) {
            copyFolder(staging, "", writer);
            writer.commit();
        }
        return null;
    }

    /** Copies the files of {@code folder} (flat) under {@code prefix} ("" or ending in '/') of the site. */
    private static void copyFolder(Path folder, String prefix, SiteSink writer) {
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                writer.copy(SitePath.of(prefix + file.getFileName()), file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + folder, e);
        }
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create a temporary folder for the search index", e);
        }
    }

    static void deleteQuietly(Path folder) {
        try {
            SiteWriter.deleteTree(folder);
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing a finished build.
        }
    }

    /** Applies the configured per-rule severities and sorts. */
    static List<Diagnostic> withSeverities(SiteConfig config, List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            var override = config.severities().get(diagnostic.rule());
            out.add(override == null ? diagnostic : diagnostic.withSeverity(override));
        }
        Collections.sort(out);
        return out;
    }

    /** Renders {@code pages} on {@code threads} workers into {@code writer}. */
    static void renderPages(SiteRenderer renderer, List<Page> pages, SiteSink writer, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(pages.size());
            for (Page page : pages) {
                futures.add(pool.submit(() -> renderer.renderPage(page, writer)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("rendering failed", e.getCause());
        } finally {
            // Wait for workers still writing before the caller closes (and deletes) the staging folder.
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static int copyAssets(Catalog catalog, SiteSink writer) {
        int count = 0;
        for (ProjectSources project : catalog.projects()) {
            for (SourceFile asset : project.assets()) {
                writer.copy(asset.sitePath(), asset.file());
                count++;
            }
        }
        return count;
    }
}
