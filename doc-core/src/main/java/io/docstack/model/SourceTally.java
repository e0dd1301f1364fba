package io.docstack.model;

import java.util.Locale;

/**
 * What the source stage took in, for the summary line of a build, a check and the preview: the
 * project versions of every kind of source (folders, Antora content roots, git refs, bundles),
 * and the files of their folders that were read and left out ({@code source.skipped} says why).
 * Immutable. The source stage makes it ({@code Catalog.tally()}).
 *
 * @param projects     project versions and Antora component versions
 * @param filesRead    files read: pages, assets, navigation files, Antora partials, examples and descriptors
 * @param filesSkipped files of the configured folders not read
 */
public record SourceTally(int projects, int filesRead, int filesSkipped) {

    /** {@code 3 projects (1,234 files read, 56 skipped)}: how summary lines say it. */
    public String describe() {
        return String.format(Locale.ROOT, "%d %s (%,d files read, %,d skipped)", projects,
                projects == 1 ? "project" : "projects", filesRead, filesSkipped);
    }
}
