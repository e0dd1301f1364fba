package io.docstack.serve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.SitePath;

/**
 * A running preview ({@code Docstack.serve}): the site built in memory and served, its sources
 * watched, and every batch of edits built again by a {@link PreviewBuild} (only what the edits
 * touch) and pushed to the open pages; the search index follows right after the reload. A build
 * that fails (a bug, not a user mistake: those are diagnostics) is reported, the last good site
 * stays served, and its edits are tried again with the next batch. Edits that arrive during a
 * build are taken by one more build. Thread-safe; close it once.
 */
public final class Preview implements AutoCloseable {

    /**
     * One build's outcome, as the preview reports it.
     *
     * @param files       files of the site now served
     * @param changed     site paths whose content changed (empty for the first build)
     * @param diagnostics the build's problems in the user's input, sorted
     * @param millis      how long the build took
     * @param stages      wall time of each stage of the build (empty when it failed)
     * @param failure     why the build failed (Docstack's fault, not the input's), or null
     */
    public record Rebuilt(int files, Set<SitePath> changed, List<Diagnostic> diagnostics, long millis,
                          Map<String, Duration> stages, String failure) {
        public Rebuilt {
            changed = Set.copyOf(changed);
            diagnostics = List.copyOf(diagnostics);
            stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
        }
    }

    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final PreviewBuild build;
    private final Consumer<Rebuilt> report;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "docstack-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** Edited files not built yet, and whether a build that will take them is queued; guarded by {@code pending}. */
    private final Set<Path> pending = new HashSet<>();
    private boolean queued;

    private Preview(SiteConfig config, String host, int port, List<String> allowedHosts, Consumer<Rebuilt> report) {
        this.report = report;
        long start = System.nanoTime();
        List<String> hosts = List.copyOf(allowedHosts);
        PreviewServer.checkAllowedHosts(host, hosts); // before the first build, which takes a while
        this.build = PreviewBuild.start(config);
        try {
            this.server = PreviewServer.start(build.site(), host, port, hosts);
        } catch (RuntimeException e) {
            build.close();
            throw e;
        }
        try {
            this.watcher = SourceWatcher.start(watched(config), this::schedule);
        } catch (RuntimeException e) {
            server.close();
            build.close();
            throw e;
        }
        PreviewBuild.Result first = build.result();
        report.accept(new Rebuilt(first.site().size(), Set.of(), first.diagnostics(), millisSince(start), first.stages(), null));
    }

    /** Starts a preview; see {@code Docstack.serve}. */
    public static Preview start(SiteConfig config, String host, int port, List<String> allowedHosts, Consumer<Rebuilt> report) {
        Objects.requireNonNull(config, "config");
        return new Preview(config, host, port, allowedHosts, Objects.requireNonNull(report, "report"));
    }

    /** Where the preview is served: {@code http://127.0.0.1:8000/}. */
    public URI url() {
        return server.url();
    }

    /** Queues a build of {@code edited}, unless one is queued already: it will take them too. */
    private void schedule(Set<Path> edited) {
        synchronized (pending) {
            pending.addAll(edited);
            if (queued || pending.isEmpty()) {
                return;
            }
            queued = true;
        }
        builder.execute(this::rebuild);
    }

    private void rebuild() {
        Set<Path> edited;
        synchronized (pending) {
            edited = Set.copyOf(pending);
            pending.clear();
            queued = false;
        }
        long start = System.nanoTime();
        try {
            PreviewBuild.Result result = build.apply(edited);
            Set<SitePath> changed = server.publish(result.site());
            report.accept(new Rebuilt(result.site().size(), changed, result.diagnostics(), millisSince(start),
                    result.stages(), null));
            SiteSnapshot searched = build.complete();
            if (searched != null) {
                server.publish(searched);
            }
        } catch (RuntimeException e) {
            synchronized (pending) {
                // Tried again with the next batch; the build after a failure redoes the whole site.
                pending.addAll(edited);
            }
            report.accept(new Rebuilt(server.site().size(), Set.of(), List.of(), millisSince(start), Map.of(), String.valueOf(e)));
        }
    }

    /** Every project's docs folder and spec locations, every Antora content root, and the theme override folder. */
    private static List<Path> watched(SiteConfig config) {
        List<Path> roots = new ArrayList<>();
        for (ProjectConfig project : config.projects()) {
            roots.add(project.docs());
            roots.addAll(project.specLocations());
        }
        roots.addAll(config.antoraSources());
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
        build.close();
    }
}
