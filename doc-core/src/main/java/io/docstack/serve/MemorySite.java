package io.docstack.serve;

import java.util.concurrent.ConcurrentHashMap;

import io.docstack.model.SitePath;
import io.docstack.render.SiteSink;

/**
 * A {@link SiteSink} that keeps every file in memory, for the preview server: the render stage
 * writes into it, then {@link #snapshot()} freezes what it holds. Thread-safe.
 */
public final class MemorySite implements SiteSink {

    private final ConcurrentHashMap<SitePath, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(SitePath path, byte[] content) {
        files.put(path, content.clone());
    }

    public SiteSnapshot snapshot() {
        return new SiteSnapshot(files);
    }
}
