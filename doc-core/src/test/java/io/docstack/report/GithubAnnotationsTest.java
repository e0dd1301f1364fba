package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;

class GithubAnnotationsTest {

    @Test
    void oneCommandPerDiagnosticSortedWithRepositoryPaths() {
        assertThat(GithubAnnotations.lines(Samples.RUN, "docs-site/")).containsExactly(
                "::error file=docs-site/compute/guide/boot.md,line=7,title=link.broken::no page ../api/servers.md",
                "::error file=docs-site/compute/guide/boot.md,line=42,col=17,title=link.anchor::"
                        + "no heading 'flavours' in network/guide/ports.md (did you mean 'flavors'?)",
                "::error file=docs-site/compute/guide/boot.md,line=90,col=3,title=link.broken::no page ../api/servers.md",
                "::error file=docs-site/network/guide/ports & routes é.md,line=3,col=1,title=parse.markdown::"
                        + "bad <table> & \"cell\" ]]> here\u0007 (close the <table>)",
                "::warning file=docs-site/network/old.md,title=nav.unreachable::"
                        + "no navigation entry or link leads here (add it to nav.yml or delete it)",
                "::notice file=docs-site/network/spec.yaml,line=12,title=custom.note::"
                        + "operation deletePort is not referenced by any page");
    }

    @Test
    void escapesDataAndProperties() {
        Diagnostic diagnostic = Diagnostic.error("odd,rule:x", "100%/a:b,c.md", 1, 2, "50% done\r\nnext: a,b", null);
        assertThat(GithubAnnotations.lines(List.of(diagnostic), "")).containsExactly(
                "::error file=100%25/a%3Ab%2Cc.md,line=1,col=2,title=odd%2Crule%3Ax::50%25 done%0D%0Anext: a,b");
        assertThat(GithubAnnotations.data("%0A\n")).isEqualTo("%250A%0A");
        assertThat(GithubAnnotations.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    }

    @Test
    void everyLineIsASingleLine() {
        Diagnostic diagnostic = Diagnostic.error(Rules.LINK_BROKEN, "a\nb.md", 1, 1, "x\ny\rz", "h\ni");
        assertThat(GithubAnnotations.lines(List.of(diagnostic), "")).singleElement().asString().doesNotContain("\n", "\r");
    }

    @Test
    void noticeComesFirstWhenGithubWillDropAnnotations() {
        List<Diagnostic> many = errors(11);
        List<String> lines = GithubAnnotations.lines(many, "");
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).startsWith("::notice title=Docstack::Docstack emitted 11 annotations (11 errors, 0 warnings in 11 files)")
                .contains("step summary").contains("SARIF");
        assertThat(lines.subList(1, 12)).allMatch(line -> line.startsWith("::error "));
    }

    @Test
    void noNoticeWithinTheLimits() {
        List<Diagnostic> diagnostics = new ArrayList<>(errors(10));
        for (int i = 0; i < 10; i++) {
            diagnostics.add(Diagnostic.warning(Rules.NAV_UNREACHABLE, "w" + i + ".md", 0, 0, "lonely", null));
        }
        assertThat(GithubAnnotations.lines(diagnostics, "")).hasSize(20).noneMatch(line -> line.startsWith("::notice"));
        assertThat(GithubAnnotations.lines(List.of(), "")).isEmpty();
    }

    @Test
    void enabledOnlyInGithubActions() {
        assertThat(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "false"))).isFalse();
        assertThat(GithubAnnotations.enabled(Map.of("CI", "true"))).isFalse();
        assertThat(GithubAnnotations.enabled(Map.of())).isFalse();
    }

    @Test
    void stepSummaryHasTotalsRuleCountsAndAnEscapedTable() {
        assertThat(GithubAnnotations.stepSummary(Samples.RUN, "docs-site/")).isEqualTo("""
                ### Docstack check

                4 errors, 1 warning, 1 info in 4 files

                | Rule | Problems |
                | --- | ---: |
                | link.broken | 2 |
                | custom.note | 1 |
                | link.anchor | 1 |
                | nav.unreachable | 1 |
                | parse.markdown | 1 |

                | Location | Severity | Rule | Message |
                | --- | --- | --- | --- |
                | docs-site/compute/guide/boot.md:7 | error | link.broken | no page ../api/servers.md |
                | docs-site/compute/guide/boot.md:42:17 | error | link.anchor | no heading 'flavours' in network/guide/ports.md (did you mean 'flavors'?) |
                | docs-site/compute/guide/boot.md:90:3 | error | link.broken | no page ../api/servers.md |
                | docs-site/network/guide/ports \\& routes é.md:3:1 | error | parse.markdown | bad \\<table\\> \\& "cell" \\]\\]\\> here  (close the \\<table\\>) |
                | docs-site/network/old.md | warning | nav.unreachable | no navigation entry or link leads here (add it to nav.yml or delete it) |
                | docs-site/network/spec.yaml:12 | info | custom.note | operation deletePort is not referenced by any page |
                """);
    }

    @Test
    void tableCellsCannotBreakTheTable() {
        assertThat(StepSummary.cell("a|b\nc\r\nd `e` *f* _g_ [h](i) $j$ \\")).isEqualTo("a\\|b<br>c<br>d \\`e\\` \\*f\\* \\_g\\_ \\[h\\](i) \\$j\\$ \\\\");
        assertThat(StepSummary.cell("x".repeat(600))).hasSize(StepSummary.MAX_CELL + 1).endsWith("…");
    }

    @Test
    void stepSummaryListsAtMost200Problems() {
        String summary = GithubAnnotations.stepSummary(errors(250), "");
        assertThat(summary.lines().filter(line -> line.startsWith("| f")).count()).isEqualTo(200);
        assertThat(summary).endsWith("\nShowing the first 200 of 250 problems; the SARIF report and the job log list them all.\n");
    }

    @Test
    void stepSummaryWithoutProblems() {
        assertThat(GithubAnnotations.stepSummary(List.of(), "")).isEqualTo("### Docstack check\n\nNo problems found\n");
    }

    @Test
    void infoBecomesANotice() {
        Diagnostic info = new Diagnostic(Severity.INFO, "r", "a.md", 0, 3, "m", null);
        assertThat(GithubAnnotations.lines(List.of(info), "")).containsExactly("::notice file=a.md,title=r::m");
    }

    private static List<Diagnostic> errors(int count) {
        List<Diagnostic> errors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            errors.add(Diagnostic.error(Rules.LINK_BROKEN, String.format("f%03d.md", i), 1, 1, "no page x.md", null));
        }
        return errors;
    }
}
