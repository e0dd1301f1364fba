package io.docstack.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A docs bundle to add to the site: the zip that {@code doc:bundle} makes of one project (its
 * pages, specs and link inventory), usually resolved from Maven coordinates.
 *
 * @param label      how users named it, shown in diagnostics (coordinates or a path)
 * @param file       the zip, or null when it could not be found
 * @param unresolved why {@code file} is null (the resolver's answer), else null
 */
public record BundleSource(String label, Path file, String unresolved) {

    public BundleSource {
        Objects.requireNonNull(label, "label");
        if (file == null && unresolved == null) {
            throw new IllegalArgumentException("bundle " + label + " needs a file or the reason it has none");
        }
    }

    /** A bundle at a known file. */
    public static BundleSource of(String label, Path file) {
        return new BundleSource(label, file, null);
    }

    /** A bundle that could not be resolved, for the reason given. */
    public static BundleSource missing(String label, String reason) {
        return new BundleSource(label, null, reason);
    }
}
