package io.docstack.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.docstack.model.Diagnostic;
import io.docstack.report.Tally.Count;

/**
 * The console form of a check: every diagnostic's {@link Diagnostic#format()} line in sorted
 * order, then a summary of the totals and of the counts per rule and per project, e.g.
 *
 * <pre>
 * compute/guide/boot.md:42:17: error [link.anchor] no heading 'flavours' (did you mean 'flavors'?)
 * …
 * 3 errors, 1 warning in 2 files
 * By rule:
 *   link.broken      2
 *   link.anchor      1
 * By project:
 *   compute@2.4  3
 *   (other)      1
 * </pre>
 *
 * Counts are sorted by count (highest first), then by name. The project block is left out when
 * no file belongs to a project. Without diagnostics the report is the one line
 * {@value #NO_PROBLEMS}. Stateless and thread-safe; the lines carry no log level or colour, the
 * caller decides those.
 */
public final class ConsoleReport {

    /** The whole report when there is nothing to report. */
    public static final String NO_PROBLEMS = "No problems found";
    /** The project label of files that {@code projectOfFile} does not place in a project. */
    public static final String OTHER = "(other)";

    private ConsoleReport() {
    }

    /**
     * @param diagnostics   the diagnostics of a run, in any order
     * @param projectOfFile maps a diagnostic's file to a project label such as {@code compute@2.4},
     *                      or to null when the file is in no project; called once per distinct file
     * @return the report's lines, without line separators
     */
    public static List<String> lines(List<Diagnostic> diagnostics, Function<String, String> projectOfFile) {
        if (diagnostics.isEmpty()) {
            return List.of(NO_PROBLEMS);
        }
        List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : sorted) {
            lines.add(diagnostic.format());
        }
        Tally tally = Tally.of(sorted);
        lines.add(tally.totals());
        block(lines, "By rule:", tally.byRule());
        List<Count> projects = byProject(sorted, projectOfFile);
        if (!(projects.size() == 1 && projects.get(0).label().equals(OTHER))) {
            block(lines, "By project:", projects);
        }
        return List.copyOf(lines);
    }

    private static List<Count> byProject(List<Diagnostic> diagnostics, Function<String, String> projectOfFile) {
        Map<String, String> projectByFile = new HashMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            String project = projectByFile.computeIfAbsent(diagnostic.file(), file -> {
                String label = projectOfFile.apply(file);
                return label == null ? OTHER : label;
            });
            counts.merge(project, 1, Integer::sum);
        }
        return Tally.ranked(counts);
    }

    private static void block(List<String> lines, String title, List<Count> counts) {
        int width = counts.stream().mapToInt(c -> c.label().length()).max().orElse(0);
        lines.add(title);
        for (Count count : counts) {
            lines.add("  " + count.label() + " ".repeat(width - count.label().length() + 2) + count.count());
        }
    }
}
