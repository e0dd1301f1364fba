package io.docstack.source;

import io.docstack.config.Limits;

/**
 * The memory the in-memory sources of one build (git refs, then docs bundles) may still hold:
 * each source at most {@link Limits#maxSourceBytes()}, all of them together at most
 * {@link Limits#maxTotalSourceBytes()}, counted as {@link MemoryTree#cost} counts. A source is
 * given a {@link Room}, stays within it while it is read (never trusting the sizes it declares),
 * and is {@link #keep kept} only when it is used; a refused source costs nothing. Not
 * thread-safe: sources are read one after the other.
 */
final class SourceBudget {

    /**
     * What one source may hold, and the limit that says so, as refusals name it.
     *
     * @param bytes the most it may hold
     * @param limit {@code maxSourceBytes (N)}, or the bytes that {@code maxTotalSourceBytes (N)} leaves
     */
    record Room(long bytes, String limit) {
    }

    private final Limits limits;
    private long held;

    SourceBudget(Limits limits) {
        this.limits = limits;
    }

    /** The room for the next source: its own limit, or what the total leaves when that is less. */
    Room room() {
        long left = Math.max(0, limits.maxTotalSourceBytes() - held);
        if (left < limits.maxSourceBytes()) {
            return new Room(left, "the " + left + " bytes that maxTotalSourceBytes (" + limits.maxTotalSourceBytes() + ") leaves");
        }
        return new Room(limits.maxSourceBytes(), "maxSourceBytes (" + limits.maxSourceBytes() + ")");
    }

    /** Counts a source that is used, holding {@code bytes}, against the total. */
    void keep(long bytes) {
        held += bytes;
    }
}
