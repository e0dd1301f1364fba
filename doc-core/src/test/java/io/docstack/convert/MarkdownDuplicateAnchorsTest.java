package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.docstack.config.AnchorStyle;
import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Rules;
import io.docstack.model.Severity;

/** Two elements of one Markdown page with the same id: reported at the second, naming the first. */
class MarkdownDuplicateAnchorsTest {

    private static final MarkdownConverter MARKDOWN = new MarkdownConverter(Limits.DEFAULTS);

    private static Conversion convert(String markdown) {
        return MARKDOWN.convert(markdown, "compute/guide/page.md");
    }

    @Test
    void repeatedExplicitIdIsAnErrorAtTheSecondWithTheLineOfTheFirst() {
        Conversion page = convert("""
                Para {#dup}

                ## Head {#dup}
                """);
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.rule()).isEqualTo(Rules.ANCHOR_DUPLICATE);
            assertThat(d.file()).isEqualTo("compute/guide/page.md");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(10);
            assertThat(d.message()).isEqualTo("duplicate anchor 'dup' (first at line 1)");
            assertThat(d.hint()).isEqualTo("links to '#dup' reach only the first; give one of them another id");
        });
    }

    @Test
    void rawHtmlIdsCollideWithHeadingIdsAndExplicitIds() {
        Conversion page = convert("""
                ## Install

                Text <a name="install"></a> and <span id="box">x</span>.

                <div id="box">
                </div>
                """);
        assertThat(page.diagnostics()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message).containsExactly(
                tuple(3, 15, "duplicate anchor 'install' (first at line 1)"),
                tuple(5, 10, "duplicate anchor 'box' (first at line 3)"));
    }

    @Test
    void anExplicitIdAfterAHeadingWhoseIdItTakesIsReported() {
        Conversion page = convert("## Setup\n\nPara {#setup}\n");
        assertThat(page.headings()).extracting(Heading::id).containsExactly("setup-1");
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(7);
            assertThat(d.message()).isEqualTo("duplicate anchor 'setup' (first at line 1)");
            assertThat(d.hint()).isEqualTo("the heading 'Setup' gets the id 'setup-1' instead; give one of them another id");
        });
    }

    @Test
    void anExplicitIdBeforeAHeadingWhoseIdItTakesIsReportedAtTheHeading() {
        Conversion page = convert("Para {#setup}\n\n## Setup\n");
        assertThat(page.diagnostics()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
                .containsExactly(tuple(3, 1, "duplicate anchor 'setup' (first at line 1)"));
    }

    @Test
    void mkdocsProjectsReportTheSameWithTheirOwnIds() {
        Conversion page = MARKDOWN.convert("## Setup\n\n## Other { #setup }\n", "page.md", AnchorStyle.MKDOCS);
        assertThat(page.headings()).extracting(Heading::id).containsExactly("setup_1", "setup");
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.hint()).startsWith("the heading 'Setup' gets the id 'setup_1' instead");
        });
    }

    @Test
    void generatedHeadingIdsNeverCollideWithEachOther() {
        Conversion page = convert("## Intro\n\n## Intro\n\n## Intro 1\n\n## Intro\n");
        assertThat(page.headings()).extracting(Heading::id).containsExactly("intro", "intro-1", "intro-1-1", "intro-2");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void oneElementsEqualIdAndNameAreOneAnchor() {
        Conversion page = convert("<a id=\"top\" name=\"top\"></a>\n\nText {#other}\n");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void idsInsideCodeAreNotDeclarations() {
        Conversion page = convert("""
                ## Setup

                ```html
                <a id="setup"></a>
                ```

                `<a name="setup">` and `{#setup}`
                """);
        assertThat(page.diagnostics()).isEmpty();
        assertThat(page.anchors()).containsExactly("setup");
    }

    @Test
    void onlyTheLastIdOfAnAttributeListCounts() {
        Conversion page = convert("Para {#first #second}\n\n## Head {#first}\n");
        assertThat(page.anchors()).containsExactlyInAnyOrder("second", "first");
        assertThat(page.diagnostics()).isEmpty();
    }
}
