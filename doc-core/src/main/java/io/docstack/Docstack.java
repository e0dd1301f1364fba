package io.docstack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.docstack.build.BuildResult;
import io.docstack.build.Bundle;
import io.docstack.build.BundleResult;
import io.docstack.build.SiteBuild;
import io.docstack.check.CheckResult;
import io.docstack.check.Gate;
import io.docstack.config.CheckOptions;
import io.docstack.config.SiteConfig;
import io.docstack.search.Filters;
import io.docstack.search.Hit;
import io.docstack.search.SearchIndex;
import io.docstack.search.Searcher;
import io.docstack.serve.Preview;

/**
 * Docstack's entry points, one per use. Each runs the {@link io.docstack.pipeline.Pipeline} (the
 * validating stages, written once) and then what its use needs:
 *
 * <pre>
 * build:  pipeline -&gt; search -&gt; render -&gt; publish                 (io.docstack.build)
 * check:  pipeline -&gt; (external) -&gt; change, baseline -&gt; report    (io.docstack.check)
 * serve:  pipeline, kept open -&gt; render into memory -&gt; live search  (io.docstack.serve)
 * bundle: pipeline -&gt; docs bundle                                  (io.docstack.build)
 * </pre>
 *
 * Problems in the user's input are returned as diagnostics, never thrown: one broken page does not
 * stop the others. Exceptions mean Docstack or the machine failed (disk full, a bug); then the
 * previous site is left untouched. None holds state between calls.
 */
public final class Docstack {

    private Docstack() {
    }

    /**
     * Aggregates, converts, validates, indexes, renders and writes the site of {@code config}
     * ({@link SiteBuild#run}). With {@link SiteConfig#publishOnError()} false, a build with
     * error-level problems keeps the published site and leaves its own at {@link #failedSite}.
     *
     * @throws IllegalArgumentException before anything is read, written or deleted, when the output
     *                                  folder or its search index could not be replaced safely
     */
    public static BuildResult build(SiteConfig config) {
        return SiteBuild.run(config);
    }

    /**
     * The review gate ({@link Gate#run}): aggregates, converts and validates (no theme, no output),
     * then narrows the problems to a change and a baseline as {@code options} say, and writes the reports.
     */
    public static CheckResult check(SiteConfig config, CheckOptions options) {
        return Gate.run(config, options);
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
    public static Preview serve(SiteConfig config, String host, int port, Consumer<Preview.Rebuilt> report) {
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
                                Consumer<Preview.Rebuilt> report) {
        return Preview.start(config, host, port, allowedHosts, report);
    }

    /**
     * {@code doc:bundle} ({@link Bundle#write}): validates the one project of {@code config} and
     * writes its docs bundle to {@code zip}, even when problems are found.
     *
     * @throws IllegalArgumentException when {@code config} has not exactly one project from a docs
     *                                  folder, or when {@code zip} is an input or an existing file
     *                                  that is not a bundle
     */
    public static BundleResult bundle(SiteConfig config, Path zip) {
        return Bundle.write(config, zip);
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

    /** Where a build with errors leaves its site when it keeps the published one ({@code target/site.failed}). */
    public static Path failedSite(Path output) {
        return SiteBuild.failedSite(output);
    }

    /** Where a build writes the Lucene index of a site written to {@code output} ({@code target/site-search}). */
    public static Path searchIndex(Path output) {
        return SiteBuild.searchIndex(output);
    }
}
