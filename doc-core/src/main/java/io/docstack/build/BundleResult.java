package io.docstack.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.docstack.model.Diagnostic;

/**
 * What {@code doc:bundle} did.
 *
 * @param bundle      the zip written
 * @param pages       number of pages in it
 * @param diagnostics every problem the validation found, sorted by file, line and column
 * @param stages      wall time of each stage, in pipeline order
 */
public record BundleResult(Path bundle, int pages, List<Diagnostic> diagnostics, Map<String, Duration> stages) {

    public BundleResult {
        diagnostics = List.copyOf(diagnostics);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }
}
