package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

class NestingGuardTest {

    private static Diagnostic check(String text) {
        return NestingGuard.check(text, "a.md", 8);
    }

    @Test
    void nestingWithinTheLimitPasses() {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            lists.append("  ".repeat(i)).append("- item\n");
        }
        assertThat(check("> ".repeat(8) + "quote\n")).isNull();
        assertThat(check(lists.toString())).isNull();
        assertThat(check("*".repeat(16) + "a" + "*".repeat(16) + "\n")).isNull();
    }

    @Test
    void deepBlockQuotesAreReportedAtTheirLine() {
        Diagnostic problem = check("# Title\n\n" + "> ".repeat(9) + "deep\n");
        assertThat(problem.rule()).isEqualTo(Rules.SOURCE_LIMIT);
        assertThat(problem.file()).isEqualTo("a.md");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("block quote").contains("maxNesting (8)");
        assertThat(check(">".repeat(9) + "deep\n")).isNotNull();
    }

    @Test
    void deepListsAreReportedByIndentationOrMarkers() {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            lists.append("  ".repeat(i)).append("- item\n");
        }
        Diagnostic problem = check(lists.toString());
        assertThat(problem.message()).contains("list");
        assertThat(problem.line()).isEqualTo(17);
        assertThat(check("- ".repeat(17) + "x\n")).isNotNull();
    }

    @Test
    void orderedListMarkersCountAsNesting() {
        // '> 1. ' and '1. ' repeated 20,000 times on one line used to pass: the count stopped at the digit.
        assertThat(check("> 1. ".repeat(9) + "x\n").message()).contains("block quote");
        assertThat(check("1. ".repeat(20) + "x\n").message()).contains("list");
        assertThat(check("1) ".repeat(20) + "x\n").message()).contains("list");
        assertThat(check("123456789. ".repeat(20) + "x\n")).isNotNull();
        assertThat(check("1. 2. 10) x\n")).isNull();
        assertThat(check("2024. was a year, 1234567890. is not a list marker\n")).isNull();
    }

    @Test
    void everyContainerMarkerCountsWhateverFollowsIt() {
        // Bullets and ordered markers followed by a tab or ending the line open list items too.
        assertThat(check("-\t".repeat(20) + "x\n")).isNotNull();
        assertThat(check("1.\t".repeat(20) + "x\n")).isNotNull();
        assertThat(check("- ".repeat(20) + "-\n")).isNotNull();
        assertThat(check("> - 1. * + ".repeat(9) + "x\n")).isNotNull();
        assertThat(check(">1. >- ".repeat(9) + "x\n")).isNotNull();
        // Markers alone open empty containers: nothing needs to follow them.
        assertThat(check("> ".repeat(9) + "\n")).isNotNull();
        assertThat(check("1. ".repeat(20) + "\n")).isNotNull();
    }

    @Test
    void longRunsOfEmphasisOrBracketsAreReported() {
        assertThat(check("*".repeat(40) + "a" + "*".repeat(40)).message()).contains("emphasis");
        assertThat(check("[".repeat(33)).message()).contains("bracket");
    }

    @Test
    void aBlankLineOfManySpacesIsNotNesting() {
        assertThat(check("text\n" + " ".repeat(300) + "\nmore\n")).isNull();
        assertThat(check("text\n" + "\t".repeat(100) + "\n")).isNull();
    }

    @Test
    void fencedCodeIsNotMarkdown() {
        String art = "*".repeat(300);
        assertThat(check("```\n" + art + "\n```\n")).isNull();
        assertThat(check("  ~~~~ text\n" + "[".repeat(300) + "\n" + "> ".repeat(50) + "\n~~~~~\n")).isNull();
        // The fence must be closed by the same marker, at least as long: here it never is.
        assertThat(check("````\n```\n" + art + "\n~~~~\n")).isNull();
    }

    @Test
    void nestingAfterAClosedFenceIsStillChecked() {
        Diagnostic problem = check("```\ncode\n```\n" + "> ".repeat(9) + "x\n");
        assertThat(problem).isNotNull();
        assertThat(problem.line()).isEqualTo(4);
    }

    @Test
    void linesThatOnlyLookLikeFencesDoNotHideNesting() {
        // Indented four spaces: an indented code line, not a fence. Backticks in the info string: not a fence.
        assertThat(check("    ```\n" + "> ".repeat(9) + "x\n")).isNotNull();
        assertThat(check("``` a`b\n" + "> ".repeat(9) + "x\n")).isNotNull();
        assertThat(check("``\n" + "> ".repeat(9) + "x\n")).isNotNull();
    }
}
