package io.docstack.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.docstack.model.Diagnostic;

/** Counts of a list of diagnostics, for the summaries of the console and GitHub reports. */
record Tally(int errors, int warnings, int infos, int files, List<Count> byRule) {

    /** A label (rule id, project) and how many diagnostics it has. */
    record Count(String label, int count) {
        /** Most frequent first, then alphabetical: the order a reader wants to work through them. */
        static final Comparator<Count> ORDER = Comparator.comparingInt(Count::count).reversed().thenComparing(Count::label);
    }

    static Tally of(List<Diagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        Set<String> files = new HashSet<>();
        Map<String, Integer> rules = new TreeMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            switch (diagnostic.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
            files.add(diagnostic.file());
            rules.merge(diagnostic.rule(), 1, Integer::sum);
        }
        return new Tally(errors, warnings, infos, files.size(), ranked(rules));
    }

    static List<Count> ranked(Map<String, Integer> counts) {
        List<Count> ranked = new ArrayList<>();
        counts.forEach((label, count) -> ranked.add(new Count(label, count)));
        ranked.sort(Count.ORDER);
        return List.copyOf(ranked);
    }

    /** {@code 3 errors, 1 warning in 2 files}; info is mentioned only when there is some. */
    String totals() {
        StringBuilder out = new StringBuilder();
        out.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
        if (infos > 0) {
            out.append(", ").append(infos).append(" info");
        }
        return out.append(" in ").append(plural(files, "file")).toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
