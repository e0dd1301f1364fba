package io.docstack.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.docstack.model.Diagnostic;
import io.docstack.model.Severity;

/**
 * Diagnostics for GitHub Actions: workflow-command lines that GitHub turns into annotations on the
 * pull request ({@code ::error file=docs-site/a.md,line=3,col=5,title=link.broken::no page b.md}),
 * and a Markdown summary for {@code $GITHUB_STEP_SUMMARY}.
 *
 * <p>GitHub shows at most {@value #PER_KIND_PER_STEP} error, {@value #PER_KIND_PER_STEP} warning
 * and {@value #PER_KIND_PER_STEP} notice annotations per step and {@value #PER_JOB} per job, and
 * drops the rest silently. Every diagnostic is still emitted (the log keeps them all), and when
 * some will be dropped the first line is a notice saying so and pointing at the step summary and
 * the SARIF report; it comes first because annotations are kept first come, first served.
 * Stateless and thread-safe.
 */
public final class GithubAnnotations {

    /** Annotations of one kind (error, warning, notice) GitHub shows per step. */
    public static final int PER_KIND_PER_STEP = 10;
    /** Annotations GitHub shows per job. */
    public static final int PER_JOB = 50;
    /** Problems listed in the step summary's table (its size is capped at 1 MiB per step). */
    public static final int SUMMARY_ROWS = 200;

    private GithubAnnotations() {
    }

    /** Whether the build runs in GitHub Actions, judged by the environment GitHub sets. */
    public static boolean enabled(Map<String, String> env) {
        return "true".equals(env.get("GITHUB_ACTIONS"));
    }

    /**
     * One workflow command per diagnostic, sorted: {@code ::error}, {@code ::warning} or
     * {@code ::notice} (info), with the repository-relative file, the line and column when known
     * and the rule id as title; the message (with its hint) escaped as workflow-command data.
     *
     * @param repoPrefix path of the build's base folder inside the repository, "" when it is the root
     */
    public static List<String> lines(List<Diagnostic> diagnostics, String repoPrefix) {
        RepoPath repo = RepoPath.withPrefix(repoPrefix);
        List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
        List<String> lines = new ArrayList<>(sorted.size() + 1);
        Tally tally = Tally.of(sorted);
        if (tally.errors() > PER_KIND_PER_STEP || tally.warnings() > PER_KIND_PER_STEP
                || tally.infos() > PER_KIND_PER_STEP || sorted.size() > PER_JOB) {
            lines.add("::notice title=Docstack::" + data("Docstack emitted " + sorted.size() + " annotations ("
                    + tally.totals() + "); GitHub shows only the first " + PER_KIND_PER_STEP + " of each kind per step and "
                    + PER_JOB + " per job. The full list is in the step summary and the SARIF report."));
        }
        for (Diagnostic diagnostic : sorted) {
            lines.add(command(diagnostic, repo));
        }
        return List.copyOf(lines);
    }

    private static String command(Diagnostic diagnostic, RepoPath repo) {
        StringBuilder out = new StringBuilder("::").append(kind(diagnostic.severity()));
        out.append(" file=").append(property(repo.path(diagnostic.file())));
        if (diagnostic.line() > 0) {
            out.append(",line=").append(diagnostic.line());
            if (diagnostic.column() > 0) {
                out.append(",col=").append(diagnostic.column());
            }
        }
        out.append(",title=").append(property(diagnostic.rule()));
        return out.append("::").append(data(text(diagnostic))).toString();
    }

    /**
     * A Markdown report for {@code $GITHUB_STEP_SUMMARY}: the totals, the counts per rule, then a
     * table of the first {@value #SUMMARY_ROWS} problems (location, severity, rule, message), with
     * a note when there are more. Ends with a newline.
     */
    public static String stepSummary(List<Diagnostic> diagnostics, String repoPrefix) {
        return StepSummary.markdown(diagnostics, RepoPath.withPrefix(repoPrefix), SUMMARY_ROWS);
    }

    static String kind(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    static String text(Diagnostic diagnostic) {
        String hint = diagnostic.hint();
        return hint == null || hint.isBlank() ? diagnostic.message() : diagnostic.message() + " (" + hint + ")";
    }

    /** Escapes a command's data (after {@code ::}), as the Actions toolkit does. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property: as data, plus the ':' and ',' that delimit properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
