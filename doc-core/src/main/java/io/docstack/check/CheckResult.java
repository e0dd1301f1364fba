package io.docstack.check;

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
 * What the review gate found.
 *
 * @param pages       number of pages validated
 * @param diagnostics every problem found, sorted (after per-rule severities)
 * @param reported    the problems that count: {@code diagnostics} narrowed to the change
 *                    ({@code since}) and to what the baseline does not hold; sorted
 * @param console     the console report of {@code reported}: one line per problem in the same
 *                    order, then a summary per rule and per project
 * @param repoPrefix  the build's base folder inside its git repository ("" or ending in '/'),
 *                    which reports put before diagnostic paths
 * @param notes       what the gate did besides validating ("baseline written to …"), for the log
 * @param stages      wall time of each stage, in pipeline order
 * @param sources     the projects checked (from every kind of source) and the files of their
 *                    folders read and left out
 */
public record CheckResult(int pages, List<Diagnostic> diagnostics, List<Diagnostic> reported, List<String> console,
                          String repoPrefix, List<String> notes, Map<String, Duration> stages, SourceTally sources) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        reported = List.copyOf(reported);
        console = List.copyOf(console);
        notes = List.copyOf(notes);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** {@code source 12 ms, convert 1.2 s, …}: where the check's time went. */
    public String stageSummary() {
        return StageClock.summary(stages);
    }

    public long count(Severity severity) {
        return reported.stream().filter(d -> d.severity() == severity).count();
    }

    /** True when a reported problem is an error: the gate fails. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
