package io.docstack.report;

import java.util.List;

import io.docstack.model.Diagnostic;
import io.docstack.report.Tally.Count;

/** The Markdown of {@link GithubAnnotations#stepSummary}. */
final class StepSummary {

    static final String TITLE = "### Docstack check";
    /** Long messages are cut so that 200 rows stay far below GitHub's 1 MiB summary limit. */
    static final int MAX_CELL = 500;

    private StepSummary() {
    }

    static String markdown(List<Diagnostic> diagnostics, RepoPath repo, int maxRows) {
        StringBuilder out = new StringBuilder(TITLE).append("\n\n");
        if (diagnostics.isEmpty()) {
            return out.append(ConsoleReport.NO_PROBLEMS).append('\n').toString();
        }
        List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
        Tally tally = Tally.of(sorted);
        out.append(tally.totals()).append("\n\n");
        out.append("| Rule | Problems |\n| --- | ---: |\n");
        for (Count count : tally.byRule()) {
            out.append("| ").append(cell(count.label())).append(" | ").append(count.count()).append(" |\n");
        }
        out.append("\n| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n");
        int rows = Math.min(maxRows, sorted.size());
        for (Diagnostic diagnostic : sorted.subList(0, rows)) {
            out.append("| ").append(cell(location(diagnostic, repo)))
                    .append(" | ").append(diagnostic.severity().label())
                    .append(" | ").append(cell(diagnostic.rule()))
                    .append(" | ").append(cell(GithubAnnotations.text(diagnostic)))
                    .append(" |\n");
        }
        if (rows < sorted.size()) {
            out.append("\nShowing the first ").append(rows).append(" of ").append(sorted.size())
                    .append(" problems; the SARIF report and the job log list them all.\n");
        }
        return out.toString();
    }

    private static String location(Diagnostic diagnostic, RepoPath repo) {
        StringBuilder out = new StringBuilder(repo.path(diagnostic.file()));
        if (diagnostic.line() > 0) {
            out.append(':').append(diagnostic.line());
            if (diagnostic.column() > 0) {
                out.append(':').append(diagnostic.column());
            }
        }
        return out.toString();
    }

    /**
     * Text safe in a GFM table cell: Markdown and HTML syntax characters are backslash-escaped
     * (so a message shows as written, not as formatting or markup), line breaks become
     * {@code <br>}, a {@code |} cannot end the cell.
     */
    static String cell(String text) {
        String cut = text;
        if (text.length() > MAX_CELL) {
            int end = Character.isHighSurrogate(text.charAt(MAX_CELL - 1)) ? MAX_CELL - 1 : MAX_CELL;
            cut = text.substring(0, end) + "…";
        }
        StringBuilder out = new StringBuilder(cut.length() + 16);
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '$', '#', '!' -> out.append('\\').append(c);
                case '\n' -> out.append("<br>");
                case '\r' -> {
                    if (i + 1 >= cut.length() || cut.charAt(i + 1) != '\n') {
                        out.append("<br>");
                    }
                }
                default -> out.append(c < 0x20 || c == 0x7F ? ' ' : c);
            }
        }
        return out.toString();
    }
}
