package io.docstack.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Severity;
import io.docstack.model.SitePath;
import io.docstack.model.StageClock;
import io.docstack.pipeline.Pipeline;
import io.docstack.pipeline.Rendering;
import io.docstack.pipeline.Validated;
import io.docstack.publish.OutputFolder;
import io.docstack.publish.SiteWriter;
import io.docstack.render.SiteRenderer;
import io.docstack.render.SiteSink;
import io.docstack.search.SiteSearch;
import io.docstack.search.StaticIndex;

/**
 * {@code doc:build}: the {@link Pipeline} once, with HTML, then search (the Lucene index and its
 * static export), render into a staging folder, and publish (the staging folder swapped in at the
 * output, the index beside it). Holds no state between calls.
 */
public final class SiteBuild {

    /** The static search index for browsers, inside the site ({@link StaticIndex}). */
    public static final String SEARCH_FOLDER = SiteRenderer.ASSETS + "/search/";

    private SiteBuild() {
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
    public static BuildResult run(SiteConfig config) {
        OutputFolder.verify(config, config.publishOnError() ? List.of(config.output(), searchIndex(config.output()))
                : List.of(config.output(), searchIndex(config.output()), failedSite(config.output())));
        StageClock clock = new StageClock();
        Validated site = Pipeline.once(config, clock, true, null);
        List<Diagnostic> diagnostics = config.withSeverities(site.diagnostics());
        boolean publish = config.publishOnError() || diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
        Path work = SiteWriter.temporaryFolder("docstack-search");
        try {
            SiteSearch.Built search = SiteSearch.build(site.converted(), site.apis(), work);
            clock.record(search.stages());
            Path written = publish ? config.output() : failedSite(config.output());
            int assets = clock.time("render+publish", () -> renderAndPublish(config, site, search.export(), written));
            if (publish) {
                clock.time("search publish", () -> publishSearchIndex(config, search.index()));
            }
            return new BuildResult(written, site.converted().pages().size(), assets,
                    diagnostics, clock.stages(), publish, site.catalog().tally());
        } finally {
            SiteWriter.deleteQuietly(work);
        }
    }

    /**
     * Where a build with errors leaves its site when it keeps the published one: beside the output,
     * {@code target/site.failed} for {@code target/site}.
     */
    public static Path failedSite(Path output) {
        return sibling(output, ".failed");
    }

    /**
     * The Lucene index of a site written to {@code output}: beside it, not in it, so that what a
     * static host serves stays the site ({@code target/site} has its index in
     * {@code target/site-search}). Replaced atomically, like the site.
     */
    public static Path searchIndex(Path output) {
        return sibling(output, "-search");
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
    private static int renderAndPublish(SiteConfig config, Validated site, Path searchExport, Path folder) {
        try (SiteWriter writer = SiteWriter.open(folder)) {
            int assets = Rendering.whole(config, site, Rendering.renderer(config, site), writer);
            copyFolder(searchExport, SEARCH_FOLDER, writer);
            writer.commit();
            return assets;
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
    private static void copyFolder(Path folder, String prefix, SiteSink sink) {
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                sink.copy(SitePath.of(prefix + file.getFileName()), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }
}
