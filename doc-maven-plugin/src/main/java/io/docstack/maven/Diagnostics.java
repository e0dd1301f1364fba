package io.docstack.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import io.docstack.model.Diagnostic;
import io.docstack.model.Severity;

/** Turns diagnostics into Maven log lines and a failure that states the counts. */
final class Diagnostics {
    private Diagnostics() {
    }

    static void log(Log log, List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            switch (diagnostic.severity()) {
                case ERROR -> log.error(diagnostic.format());
                case WARNING -> log.warn(diagnostic.format());
                default -> log.info(diagnostic.format());
            }
        }
    }

    /** Logs each diagnostic at its level, then the summary lines that follow them in {@code console}. */
    static void log(Log log, List<Diagnostic> diagnostics, List<String> console) {
        log(log, diagnostics);
        console.stream().skip(diagnostics.size()).forEach(log::info);
    }

    static void failIfErrors(List<Diagnostic> diagnostics, boolean failOnError) throws MojoFailureException {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (errors > 0 && failOnError) {
            throw new MojoFailureException("Docstack found " + errors + " error(s) and " + warnings
                    + " warning(s) in the documentation; see the lines above (set doc.failOnError=false to only report)");
        }
    }
}
