package io.docstack.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.docstack.model.SitePath;
import io.docstack.render.SiteSink;
import io.docstack.search.Searcher;

/**
 * A {@link SiteSink} that keeps every file in memory, for the preview server: the render stage
 * writes into it, then {@link #snapshot()} freezes what it holds. Text files are kept deflated
 * ({@link Packed}). Thread-safe.
 */
public final class MemorySite implements SiteSink {

    private final ConcurrentHashMap<SitePath, byte[]> files = new ConcurrentHashMap<>();

    /** An empty site. */
    public MemorySite() {
    }

    /**
     * The files of {@code site}, to change a few of them: the preview after an edit. Unchanged
     * files share their bytes with {@code site}, which stays as it is.
     */
    public static MemorySite of(SiteSnapshot site) {
        MemorySite memory = new MemorySite();
        memory.files.putAll(site.files());
        return memory;
    }

    /** Removes the file at {@code path}, if there is one. */
    public void delete(SitePath path) {
        files.remove(path);
    }

    @Override
    public void write(SitePath path, byte[] content) {
        files.put(path, Packed.pack(path, content));
    }

    public SiteSnapshot snapshot() {
        return snapshot(Map.of(), null);
    }

    /**
     * What the sink holds, with {@code problems} (console lines per page path) for the preview's
     * banner and the build's {@code searcher} (or null) for its search answers; the caller closes it.
     */
    public SiteSnapshot snapshot(Map<SitePath, List<String>> problems, Searcher searcher) {
        return new SiteSnapshot(files, problems, searcher);
    }
}
