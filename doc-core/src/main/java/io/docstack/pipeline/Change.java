package io.docstack.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What the pipeline is to take in on a run ({@link Pipeline#update}): everything, or one batch of
 * edited files. The pipeline works out what the files invalidate (a spec, the theme, a nav file, the
 * pages that include a partial) from the site it built last. Immutable.
 */
public sealed interface Change {

    /** Everything: the site is built from nothing, as a build and a check do, and the preview does first. */
    static Change everything() {
        return new Everything();
    }

    /** The files (any form of path) that were created, changed or deleted since the last run. */
    static Change of(Set<Path> files) {
        Set<Path> normalized = new HashSet<>();
        files.forEach(file -> normalized.add(file.toAbsolutePath().normalize()));
        return new Edits(normalized);
    }

    /** The files edited: absolute and normalized, as the source stage lists files; none for {@link Everything}. */
    Set<Path> files();

    /** A build from nothing. */
    record Everything() implements Change {
        @Override
        public Set<Path> files() {
            return Set.of();
        }
    }

    /** Files created, changed or deleted, absolute and normalized. */
    record Edits(Set<Path> files) implements Change {
        public Edits {
            files = Set.copyOf(files);
        }
    }
}
