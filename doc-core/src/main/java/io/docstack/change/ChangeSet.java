package io.docstack.change;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * The files a change touches, as absolute normalized paths: what the working tree has added or
 * modified since a git reference, and what it has removed (deleted, or the old name of a rename).
 *
 * @param ref      the reference as the user wrote it
 * @param changed  added or modified files, and the new names of renamed files
 * @param removed  deleted files and the old names of renamed files
 */
public record ChangeSet(String ref, Set<Path> changed, Set<Path> removed) {
    public ChangeSet {
        Objects.requireNonNull(ref, "ref");
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    /** True when the change added, modified, renamed or deleted {@code file}. */
    public boolean touches(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return changed.contains(normalized) || removed.contains(normalized);
    }
}
