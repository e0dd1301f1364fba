package io.docstack.serve;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.docstack.model.SitePath;

/**
 * One whole built site in memory: what the preview server serves until the next build replaces
 * it. Immutable (the bytes are never written after the build), thread-safe.
 */
public final class SiteSnapshot {

    private final Map<SitePath, byte[]> files;

    SiteSnapshot(Map<SitePath, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    /** The file at {@code path}, if the build wrote one. */
    public Optional<byte[]> file(SitePath path) {
        return Optional.ofNullable(files.get(path));
    }

    public int size() {
        return files.size();
    }

    /** The paths whose content differs from {@code older} (added, changed or removed), sorted. */
    public Set<SitePath> changedSince(SiteSnapshot older) {
        Set<SitePath> changed = new TreeSet<>();
        files.forEach((path, bytes) -> {
            byte[] before = older.files.get(path);
            if (before == null || !Arrays.equals(before, bytes)) {
                changed.add(path);
            }
        });
        older.files.keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        return changed;
    }
}
