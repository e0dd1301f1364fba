package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;

class ConsoleReportTest {

    private static final Function<String, String> PROJECTS = file -> file.startsWith("compute/") ? "compute@2.4"
            : file.startsWith("network/") ? "network@1.0" : null;

    @Test
    void listsEveryDiagnosticSortedThenTheSummary() {
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.warning(Rules.NAV_UNREACHABLE, "network/old.md", 0, 0, "no link leads here", null),
                Diagnostic.error(Rules.LINK_BROKEN, "compute/b.md", 9, 1, "no page x.md", null),
                Diagnostic.error(Rules.LINK_ANCHOR, "compute/a.md", 4, 2, "no heading 'y'", "did you mean 'z'?"),
                Diagnostic.error(Rules.LINK_BROKEN, "compute/a.md", 3, 5, "no page w.md", null),
                Diagnostic.error(Rules.CHECK_BASELINE, "baseline.json", 0, 0, "missing", "create it"));
        assertThat(ConsoleReport.lines(diagnostics, PROJECTS)).containsExactly(
                "baseline.json: error [check.baseline] missing (create it)",
                "compute/a.md:3:5: error [link.broken] no page w.md",
                "compute/a.md:4:2: error [link.anchor] no heading 'y' (did you mean 'z'?)",
                "compute/b.md:9:1: error [link.broken] no page x.md",
                "network/old.md: warning [nav.unreachable] no link leads here",
                "4 errors, 1 warning in 4 files",
                "By rule:",
                "  link.broken      2",
                "  check.baseline   1",
                "  link.anchor      1",
                "  nav.unreachable  1",
                "By project:",
                "  compute@2.4  3",
                "  (other)      1",
                "  network@1.0  1");
    }

    @Test
    void singularsAndInfo() {
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.error(Rules.LINK_BROKEN, "compute/a.md", 1, 1, "m", null),
                new Diagnostic(Severity.INFO, Rules.NAV_UNREACHABLE, "compute/a.md", 0, 0, "n", null),
                new Diagnostic(Severity.INFO, Rules.NAV_UNREACHABLE, "compute/b.md", 0, 0, "n", null));
        assertThat(ConsoleReport.lines(diagnostics, PROJECTS)).contains("1 error, 0 warnings, 2 info in 2 files");
    }

    @Test
    void leavesOutTheProjectBlockWhenNoFileHasAProject() {
        List<String> lines = ConsoleReport.lines(List.of(Diagnostic.error("r", "a.md", 1, 1, "m", null)), file -> null);
        assertThat(lines).containsExactly("a.md:1:1: error [r] m", "1 error, 0 warnings in 1 file", "By rule:", "  r  1");
    }

    @Test
    void asksForEachFilesProjectOnce() {
        List<String> asked = new ArrayList<>();
        List<Diagnostic> diagnostics = List.of(Diagnostic.error("r", "compute/a.md", 1, 1, "m", null),
                Diagnostic.error("r", "compute/a.md", 2, 1, "m", null));
        ConsoleReport.lines(diagnostics, file -> {
            asked.add(file);
            return "compute@2.4";
        });
        assertThat(asked).containsExactly("compute/a.md");
    }

    @Test
    void nothingToReport() {
        assertThat(ConsoleReport.lines(List.of(), PROJECTS)).containsExactly("No problems found");
    }
}
