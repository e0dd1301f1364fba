package io.docstack.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.docstack.model.Diagnostic;
import io.docstack.model.Severity;
import io.docstack.model.StageClock;
import io.docstack.model.SourceTally;

/**
 * What a build did.
 *
 * @param site        the folder the site was written to: the output folder, or, when the build had
 *                    errors and was not to publish them, the failed site beside it
 * @param pages       number of pages written
 * @param assets      number of assets copied
 * @param diagnostics every problem found, sorted by file, line and column
 * @param stages      wall time of each pipeline stage, in pipeline order
 * @param published   whether {@code site} is the output folder (false: the published site and its
 *                    search index were kept as they were)
 * @param sources     the project versions in the site (from every kind of source) and the files of
 *                    their folders read and left out
 */
public record BuildResult(Path site, int pages, int assets, List<Diagnostic> diagnostics,
                          Map<String, Duration> stages, boolean published, SourceTally sources) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** {@code source 12 ms, convert 1.2 s, …}: where the build's time went. */
    public String stageSummary() {
        return StageClock.summary(stages);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
