package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.Severity;
import io.docstack.model.SitePath;
import io.docstack.source.SourceFile;

/** Duplicate ids in AsciiDoc pages: Asciidoctor's own warnings, what it does not warn about, taken section ids. */
class AsciidocAnchorsTest {

    private static final Path DOCS = resource("/asciidoc/docs");
    private static AsciidocConverter converter;

    @BeforeAll
    static void bootOnce() {
        converter = new AsciidocConverter(Limits.DEFAULTS);
        converter.start();
    }

    @AfterAll
    static void shutDown() {
        converter.close();
    }

    @Test
    void asciidoctorsAlreadyInUseWarningsBecomeDuplicateAnchorErrorsAtTheDeclaration() {
        Conversion page = convert("guide/dups.adoc", """
                = Dups

                [#blk]
                A block.

                [#blk.note]
                Another block.

                Para with [[inl]]one and [[inl]]two.

                [[sec]]
                == Sec

                [[sec]]
                == Sec Two
                """);
        assertThat(page.diagnostics()).extracting(Diagnostic::severity, Diagnostic::rule, Diagnostic::line,
                Diagnostic::column, Diagnostic::message).containsExactlyInAnyOrder(
                tuple(Severity.ERROR, Rules.ANCHOR_DUPLICATE, 6, 1, "duplicate anchor 'blk' (first at line 3)"),
                tuple(Severity.ERROR, Rules.ANCHOR_DUPLICATE, 9, 26, "duplicate anchor 'inl' (first at line 9)"),
                tuple(Severity.ERROR, Rules.ANCHOR_DUPLICATE, 14, 1, "duplicate anchor 'sec' (first at line 11)"));
        assertThat(page.diagnostics()).allSatisfy(d -> {
            assertThat(d.file()).isEqualTo("identity/guide/dups.adoc");
            assertThat(d.hint()).endsWith("give one of them another id");
        });
    }

    @Test
    void anExplicitIdAfterASectionIsReportedOnceAtTheExplicitId() {
        Conversion page = convert("guide/after.adoc", "= After\n\n== Overview\n\nText.\n\n[[overview]]\nPara.\n");
        assertThat(page.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column,
                Diagnostic::message).containsExactly(
                tuple(Rules.ANCHOR_DUPLICATE, 7, 1, "duplicate anchor 'overview' (first at line 3)"));
    }

    @Test
    void duplicatesAsciidoctorDoesNotWarnAboutAreFoundInTheOutput() {
        Conversion page = convert("guide/raw.adoc", """
                = Raw

                * [[item]]One
                * [[item]]Two

                ++++
                <div id="raw"></div>
                <span id="raw"></span>
                ++++
                """);
        assertThat(page.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column,
                Diagnostic::message).containsExactly(
                tuple(Rules.ANCHOR_DUPLICATE, 4, 3, "duplicate anchor 'item' (first at line 3)"),
                tuple(Rules.ANCHOR_DUPLICATE, 8, 7, "duplicate anchor 'raw' (first at line 7)"));
    }

    @Test
    void anExplicitIdBeforeASectionTakesItsIdAndIsReportedAtTheSection() {
        Conversion page = convert("guide/taken.adoc", """
                = Taken

                [[setup]]
                A paragraph.

                == Setup

                == Step 2

                [[step]]
                Para.
                """);
        assertThat(page.headings()).extracting(Heading::id).containsExactly("setup-2", "step-2");
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.ANCHOR_DUPLICATE);
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).isEqualTo("duplicate anchor 'setup' (first at line 3)");
            assertThat(d.hint()).isEqualTo("the section 'Setup' gets the id 'setup-2' instead; give one of them another id");
        });
    }

    @Test
    void sectionsNumberedForEachOtherAreNotDuplicates() {
        Conversion page = convert("guide/same.adoc", "= Same\n\n== Step\n\n== Step\n\n== Step 2\n");
        assertThat(page.headings()).extracting(Heading::id).containsExactly("step", "step-2", "step-2-2");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aDuplicateFromAnIncludedFileIsPlacedAtItsIncludeDirectiveLikeLinks() {
        Conversion page = convert("guide/twice.adoc", """
                = Twice

                == Part

                include::../partials/snippet.adoc[]

                include::../partials/snippet.adoc[]

                include::../partials/note.adoc[]

                include::../partials/note.adoc[]
                """);
        assertThat(page.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line,
                Diagnostic::column, Diagnostic::message).containsExactly(
                tuple(Rules.ANCHOR_DUPLICATE, "identity/guide/twice.adoc", 7, 0,
                        "duplicate anchor 'from-snippet' (first at line 5)"),
                tuple(Rules.ANCHOR_DUPLICATE, "identity/guide/twice.adoc", 11, 0,
                        "duplicate anchor 'shared-note' (first at line 9)"));
    }

    private static Conversion convert(String page, String text) {
        SourceFile file = new SourceFile(new ProjectVersion("identity", "3.0"), SitePath.of(page), DOCS.resolve(page),
                SourceFile.Kind.ASCIIDOC, "identity/" + page);
        return converter.convert(file, text, DOCS);
    }

    private static Path resource(String name) {
        try {
            return Path.of(AsciidocAnchorsTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
