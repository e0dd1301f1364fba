package io.docstack.serve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.docstack.model.SitePath;
import io.docstack.search.Searcher;

/**
 * One whole built site in memory, with the problems found in each page's source: what the
 * preview server serves until the next build replaces it. Snapshots of successive builds share the
 * bytes of the files that did not change. Immutable (the bytes are never written after the build),
 * thread-safe.
 */
public final class SiteSnapshot {

    private final Map<SitePath, byte[]> files;
    private final Map<SitePath, List<String>> problems;
    private final Searcher searcher;

    SiteSnapshot(Map<SitePath, byte[]> files, Map<SitePath, List<String>> problems, Searcher searcher) {
        this.searcher = searcher;
        this.files = Map.copyOf(files);
        Map<SitePath, List<String>> copy = new HashMap<>();
        problems.forEach((path, lines) -> copy.put(path, List.copyOf(lines)));
        this.problems = Map.copyOf(copy);
    }

    /** The files as kept: {@link Packed}. */
    Map<SitePath, byte[]> files() {
        return files;
    }

    /** The search index of this build, for {@code /_docstack/search}; empty when the build made none. */
    public Optional<Searcher> searcher() {
        return Optional.ofNullable(searcher);
    }

    /** The problems of every page with some, by the page's path. */
    public Map<SitePath, List<String>> problems() {
        return problems;
    }

    /** The problems the build found in the source of the page at {@code path}, as console lines; empty when none. */
    public List<String> problems(SitePath path) {
        return problems.getOrDefault(path, List.of());
    }

    /** The file at {@code path}, if the build wrote one. */
    public Optional<byte[]> file(SitePath path) {
        byte[] packed = files.get(path);
        return packed == null ? Optional.empty() : Optional.of(Packed.unpack(packed));
    }

    /** The path of every file. */
    public Set<SitePath> paths() {
        return files.keySet();
    }

    public int size() {
        return files.size();
    }

    /**
     * The paths whose content differs from {@code older} (added, changed or removed), and the pages
     * whose problems differ (their banner changes even when their HTML does not), sorted.
     */
    public Set<SitePath> changedSince(SiteSnapshot older) {
        Set<SitePath> changed = new TreeSet<>();
        files.forEach((path, bytes) -> {
            byte[] before = older.files.get(path);
            if (before == null || !Arrays.equals(before, bytes)) {
                changed.add(path);
            }
        });
        older.files.keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        problems.forEach((path, lines) -> {
            if (!lines.equals(older.problems(path))) {
                changed.add(path);
            }
        });
        older.problems.keySet().stream().filter(path -> !problems.containsKey(path)).forEach(changed::add);
        return changed;
    }
}
