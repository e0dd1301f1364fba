package io.docstack.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.inventory.Inventory;
import io.docstack.inventory.InventoryFiles;
import io.docstack.model.Page;
import io.docstack.model.SitePath;
import io.docstack.publish.SiteInventory;
import io.docstack.publish.Sitemap;
import io.docstack.render.SiteRenderer;
import io.docstack.render.SiteSink;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;

/**
 * The render stage over a {@link Validated} site, into any {@link SiteSink} (a staging folder, the
 * preview's memory): every page, the assets, the site files. The preview re-renders parts of it
 * with the same steps. Thread-safe as long as the sink is.
 */
public final class Rendering {

    /** The API coverage as JSON, at the site root and in the gate's report folder. */
    public static final String COVERAGE_JSON = "api-coverage.json";

    private Rendering() {
    }

    /** A renderer of {@code site} with the theme of {@code config}. */
    public static SiteRenderer renderer(SiteConfig config, Validated site) {
        return new SiteRenderer(config, site.catalog(), site.converted(), site.links(), site.navigation(), site.coverage());
    }

    /** Renders the whole site (pages, assets, site files, data files) into {@code sink}; returns the number of assets. */
    public static int whole(SiteConfig config, Validated site, SiteRenderer renderer, SiteSink sink) {
        pages(renderer, site.converted().pages(), sink, config.threads());
        int assets = assets(site.catalog(), sink);
        siteFiles(config, site, renderer, sink);
        return assets;
    }

    /** The files of the whole site besides pages and assets: landing and 404 pages, theme assets, the {@code latest} aliases, and the {@link #data}. */
    public static void siteFiles(SiteConfig config, Validated site, SiteRenderer renderer, SiteSink sink) {
        renderer.renderSiteFiles(sink);
        renderer.renderAliases(sink);
        data(config, site, sink);
    }

    /** The files for machines: the link inventory, the API coverage as JSON, the sitemap. */
    public static void data(SiteConfig config, Validated validated, SiteSink sink) {
        ConvertedSite site = validated.converted();
        sink.write(SitePath.of(Inventory.FILE_NAME),
                InventoryFiles.toJson(SiteInventory.of(validated.catalog(), site, validated.apis())));
        if (!validated.coverage().services().isEmpty()) {
            sink.write(SitePath.of(COVERAGE_JSON), validated.coverage().toJson().getBytes(StandardCharsets.UTF_8));
        }
        sink.write(SitePath.of("sitemap.xml"),
                Sitemap.of(config.siteUrl(), site.pages().stream().map(Page::sitePath).toList()));
    }

    /** Copies every project's assets into {@code sink}; returns how many. */
    public static int assets(Catalog catalog, SiteSink sink) {
        int count = 0;
        for (ProjectSources project : catalog.projects()) {
            for (SourceFile asset : project.assets()) {
                sink.copy(asset.sitePath(), asset.file());
                count++;
            }
        }
        return count;
    }

    /** Renders {@code pages} on {@code threads} workers into {@code sink}. */
    public static void pages(SiteRenderer renderer, List<Page> pages, SiteSink sink, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(pages.size());
            for (Page page : pages) {
                futures.add(pool.submit(() -> renderer.renderPage(page, sink)));
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
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
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
}
