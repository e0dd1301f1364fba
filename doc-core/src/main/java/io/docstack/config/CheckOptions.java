package io.docstack.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the review gate ({@code Docstack.check}) does besides validating. Immutable.
 *
 * @param reportDir     folder the SARIF and JUnit reports are written to ({@code target/doc-check})
 * @param baseline      baseline file: only problems absent from it count; null for none
 * @param writeBaseline write the current problems to {@code baseline} instead of comparing
 * @param since         git reference: only problems in files changed since it, and problems the
 *                      change causes elsewhere, count; null for all files
 */
public record CheckOptions(Path reportDir, Path baseline, boolean writeBaseline, String since,
                           ExternalOptions external, Path cacheFile) {

    public CheckOptions {
        Objects.requireNonNull(reportDir, "reportDir");
        since = since == null || since.isBlank() ? null : since.strip();
        if (writeBaseline && baseline == null) {
            throw new IllegalArgumentException("writeBaseline needs a baseline file (doc.check.baseline)");
        }
    }

    /** The same options with external links checked as {@code value} says (null: not checked). */
    public CheckOptions withExternal(ExternalOptions value) {
        return new CheckOptions(reportDir, baseline, writeBaseline, since, value, cacheFile);
    }

    /** The same options with the conversion cache in {@code file} (null: no cache). */
    public CheckOptions withCacheFile(Path file) {
        return new CheckOptions(reportDir, baseline, writeBaseline, since, external, file);
    }

    /** Validate everything, compare with nothing, write reports to {@code reportDir}. */
    public static CheckOptions reportingTo(Path reportDir) {
        return new CheckOptions(reportDir, null, false, null, null, null);
    }
}
