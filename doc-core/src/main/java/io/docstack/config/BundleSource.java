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
 * @param trusted    whether its content is trusted like the build's own folders; false unless set
 *                   (a bundle is another project's build output; see the guide's security page)
 */
public record BundleSource(String label, Path file, String unresolved, boolean trusted) {

    public BundleSource {
        Objects.requireNonNull(label, "label");
        if (file == null && unresolved == null) {
            throw new IllegalArgumentException("bundle " + label + " needs a file or the reason it has none");
        }
    }

    /** An untrusted bundle. */
    public BundleSource(String label, Path file, String unresolved) {
        this(label, file, unresolved, false);
    }

    /** An untrusted bundle at a known file. */
    public static BundleSource of(String label, Path file) {
        return new BundleSource(label, file, null);
    }

    /** A bundle that could not be resolved, for the reason given. */
    public static BundleSource missing(String label, String reason) {
        return new BundleSource(label, null, reason);
    }

    /** This bundle with another {@link #trusted} setting. */
    public BundleSource withTrusted(boolean value) {
        return new BundleSource(label, file, unresolved, value);
    }
}
