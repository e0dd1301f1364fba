package io.docstack.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;

/**
 * Watches folders (recursively) and reports the files that changed, in batches: a batch closes
 * once {@link #QUIET_MILLIS} pass without a new event, so an editor's save (temp file, rename,
 * write) arrives as one. Native events on macOS, the JDK's elsewhere. Thread-safe; close it once.
 */
public final class SourceWatcher implements AutoCloseable {

    /** A batch closes after this many quiet milliseconds. */
    public static final long QUIET_MILLIS = 30;

    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "docstack-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Set<Path>> onChange;
    private final Set<Path> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> flush;

    private SourceWatcher(List<Path> folders, Consumer<Set<Path>> onChange) throws IOException {
        this.onChange = onChange;
        this.watcher = DirectoryWatcher.builder().paths(folders).fileHashing(false).listener(this::event).build();
    }

    /** Watches the folders of {@code roots} that exist (a file's folder for a file); calls {@code onChange} per batch. */
    public static SourceWatcher start(List<Path> roots, Consumer<Set<Path>> onChange) {
        List<Path> folders = new ArrayList<>();
        for (Path root : roots) {
            Path folder = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
            if (folder != null && Files.isDirectory(folder) && !folders.contains(folder)) {
                folders.add(folder);
            }
        }
        try {
            SourceWatcher watcher = new SourceWatcher(folders, onChange);
            watcher.watcher.watchAsync();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folders, e);
        }
    }

    private synchronized void event(DirectoryChangeEvent event) {
        if (event.path() == null || event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            return;
        }
        pending.add(event.path());
        if (flush != null) {
            flush.cancel(false);
        }
        flush = timer.schedule(this::flush, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Set<Path> batch;
        synchronized (this) {
            batch = Set.copyOf(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) {
            onChange.accept(batch);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            watcher.close();
        } catch (IOException e) {
            // the watch service is gone either way
        }
    }
}
