package io.docstack;

import java.nio.file.Path;
import java.util.List;

import io.docstack.model.Diagnostic;
import io.docstack.model.Severity;

/**
 * What a build did.
 *
 * @param site        the folder the site was written to
 * @param pages       number of pages written
 * @param assets      number of assets copied
 * @param diagnostics every problem found, sorted by file, line and column
 */
public record BuildResult(Path site, int pages, int assets, List<Diagnostic> diagnostics) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
