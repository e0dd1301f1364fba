package io.docstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.SitePath;
import io.docstack.search.SearchIndex;
import io.docstack.search.Searcher;
import io.docstack.search.SiteSearch;
import io.docstack.serve.MemorySite;
import io.docstack.serve.PreviewServer;
import io.docstack.serve.SiteSnapshot;
import io.docstack.serve.SourceWatcher;

/**
 * A running preview ({@link Docstack#serve}): the site built in memory and served, its sources
 * watched, and every batch of edits rebuilt and pushed to the open pages. A rebuild that fails
 * (a bug, not a user mistake: those are diagnostics) is reported and the last good site stays
 * served. This first version rebuilds the whole site per batch; edits that arrive during a
 * rebuild are taken by one more rebuild. Thread-safe; close it once.
 */
public final class Preview implements AutoCloseable {

    /**
     * One build's outcome, as the preview reports it.
     *
     * @param files       files of the site now served
     * @param changed     site paths whose content changed (empty for the first build)
     * @param diagnostics the build's problems in the user's input, sorted
     * @param millis      how long the build took
     * @param failure     why the build failed (Docstack's fault, not the input's), or null
     */
    public record Rebuilt(int files, Set<SitePath> changed, List<Diagnostic> diagnostics, long millis, String failure) {
    }

    private final SiteConfig config;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Consumer<Rebuilt> report;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "docstack-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    /** The build served. */
    private Built current;
    /**
     * The search index of the build before it: requests that started on it may still be reading
     * it. Only the index is kept, not that build's pages, which are garbage once replaced.
     */
    private Index previous;

    private Preview(SiteConfig config, String host, int port, Consumer<Rebuilt> report) {
        this.config = config;
        this.report = report;
        long start = System.nanoTime();
        Built first = build(config);
        this.current = first;
        try {
            this.server = PreviewServer.start(first.site(), host, port);
        } catch (RuntimeException e) {
            first.release();
            throw e;
        }
        try {
            this.watcher = SourceWatcher.start(watched(config), changed -> schedule());
        } catch (RuntimeException e) {
            server.close();
            first.release();
            throw e;
        }
        report.accept(new Rebuilt(first.site().size(), Set.of(), first.diagnostics(), millisSince(start), null));
    }

    static Preview start(SiteConfig config, String host, int port, Consumer<Rebuilt> report) {
        Objects.requireNonNull(config, "config");
        return new Preview(config, host, port, Objects.requireNonNull(report, "report"));
    }

    /** Where the preview is served: {@code http://127.0.0.1:8000/}. */
    public URI url() {
        return server.url();
    }

    /** Rebuilds once more after the running rebuild, however many batches arrive meanwhile. */
    private void schedule() {
        if (queued.compareAndSet(false, true)) {
            builder.execute(() -> {
                queued.set(false);
                rebuild();
            });
        }
    }

    private void rebuild() {
        long start = System.nanoTime();
        try {
            Built built = build(config);
            Set<SitePath> changed = server.publish(built.site());
            retire(built);
            report.accept(new Rebuilt(built.site().size(), changed, built.diagnostics(), millisSince(start), null));
        } catch (RuntimeException e) {
            report.accept(new Rebuilt(server.site().size(), Set.of(), List.of(), millisSince(start), String.valueOf(e)));
        }
    }

    /** A build: the site, its problems, and the folder of its search index (kept while the site may be served). */
    private record Built(SiteSnapshot site, List<Diagnostic> diagnostics, Path work) {
        Index index() {
            return new Index(site.searcher().orElse(null), work);
        }

        void release() {
            index().release();
        }
    }

    /** A build's open search index and the folder it is in. */
    private record Index(Searcher searcher, Path work) {
        void release() {
            if (searcher != null) {
                searcher.close();
            }
            Docstack.deleteQuietly(work);
        }
    }

    /** The whole pipeline, into memory; the search index stays on disk for the preview's search answers. */
    private static Built build(SiteConfig config) {
        StageClock clock = new StageClock();
        Docstack.Validated site = Docstack.validate(config, clock, true, null);
        Path work = Docstack.temporaryFolder("docstack-preview");
        Searcher searcher = null;
        try {
            SiteSearch.Built search = SiteSearch.build(site.converted(), site.apis(), work);
            MemorySite memory = new MemorySite();
            Docstack.renderInto(config, site, search.export(), memory);
            List<Diagnostic> diagnostics = Docstack.withSeverities(config, site.diagnostics());
            searcher = SearchIndex.open(search.index());
            return new Built(memory.snapshot(problemsByPage(site.converted().pages(), diagnostics), searcher), diagnostics, work);
        } catch (RuntimeException e) {
            if (searcher != null) {
                searcher.close();
            }
            Docstack.deleteQuietly(work);
            throw e;
        }
    }

    /** Makes {@code served} current; releases the build before the previous one (no request can still use it). */
    private synchronized void retire(Built served) {
        if (previous != null) {
            previous.release();
        }
        previous = current.index();
        current = served;
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

    /** Every project's docs folder and spec locations, and the theme override folder. */
    private static List<Path> watched(SiteConfig config) {
        List<Path> roots = new ArrayList<>();
        for (ProjectConfig project : config.projects()) {
            roots.add(project.docs());
            roots.addAll(project.specLocations());
        }
        if (config.themeDir() != null) {
            roots.add(config.themeDir());
        }
        return roots;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        watcher.close();
        builder.shutdownNow();
        try {
            builder.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        synchronized (this) {
            if (previous != null) {
                previous.release();
            }
            current.release();
        }
    }
}
