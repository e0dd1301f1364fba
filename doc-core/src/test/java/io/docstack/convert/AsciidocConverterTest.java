package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Link;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.Severity;
import io.docstack.model.SitePath;
import io.docstack.source.SourceFile;

/** Fixtures are in {@code src/test/resources/asciidoc/docs}; one converter serves the class (JRuby boots once). */
class AsciidocConverterTest {

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
    void documentTitleIsNotAHeadingAndSectionsKeepAutoAndExplicitIds() throws IOException {
        Conversion page = convert("guide/links.adoc");

        assertThat(page.title()).isEqualTo("Ports and Links");
        assertThat(page.headings()).containsExactly(
                new Heading(2, "Overview", "overview", 9),
                new Heading(3, "Local Target", "local-id", 16),
                new Heading(2, "Explicit Section", "explicit-id", 22));
    }

    @Test
    void pageWithoutHeaderHasNoTitle() throws IOException {
        Conversion page = convert("guide/untitled.adoc");

        assertThat(page.title()).isNull();
        assertThat(page.headings()).containsExactly(new Heading(2, "Only a Section", "only-a-section", 1));
    }

    @Test
    void descriptionAndOrderComeFromDocumentAttributes() throws IOException {
        Conversion page = convert("guide/links.adoc");

        assertThat(page.description()).isEqualTo("How ports link to each other");
        assertThat(page.order()).isEqualTo(7);
    }

    @Test
    void crossProjectXrefIsRecordedExactlyAsWrittenWithItsPosition() throws IOException {
        List<Link> links = convert("guide/links.adoc").links();

        assertThat(links.get(0)).isEqualTo(new Link(0, Link.Kind.LINK, "xref:network:guide/ports.md#create-a-port", 6, 17));
        assertThat(links).contains(new Link(11, Link.Kind.LINK, "xref:network@2.1:index.adoc", 24, 11));
    }

    @Test
    void relativeXrefIsRecordedAsPagePath() throws IOException {
        Conversion page = convert("guide/links.adoc");

        assertThat(page.links().get(1)).isEqualTo(new Link(1, Link.Kind.LINK, "guide/install.adoc#prerequisites", 7, 14));
        assertThat(page.links()).extracting(Link::target)
                .contains("other.adoc#id", "other.md#x", "sibling.adoc", "../assets/file.zip");
        assertThat(page.html()).contains(">guide/install.adoc</a>", ">sibling.adoc</a>");
    }

    @Test
    void crossProjectXrefKeepsItsTargetInEveryForm() {
        Conversion page = convertText("guide/forms.adoc", """
                = Forms

                A <<network:guide/ports.md#create-a-port,port>> and xref:network:guide/ports[ports].
                """);

        assertThat(page.links()).containsExactly(
                new Link(0, Link.Kind.LINK, "xref:network:guide/ports.md#create-a-port", 3, 3),
                new Link(1, Link.Kind.LINK, "xref:network:guide/ports", 3, 53));
    }

    @Test
    void xrefIntoProjectsNamedLikeInlineMacrosIsNotTakenForThem() {
        Conversion page = convertText("guide/macros.adoc", """
                = Macros

                See xref:image:concepts/visibility.md#shared-images[shared images] and xref:icon@2.0:a.adoc[icons].
                """);

        assertThat(page.links()).containsExactly(
                new Link(0, Link.Kind.LINK, "xref:image:concepts/visibility.md#shared-images", 3, 5),
                new Link(1, Link.Kind.LINK, "xref:icon@2.0:a.adoc", 3, 72));
        assertThat(page.html()).doesNotContain("<img").contains(">shared images</a>");
    }

    @Test
    void inPageReferenceIsRecordedAsFragment() throws IOException {
        List<Link> links = convert("guide/links.adoc").links();

        assertThat(links).filteredOn(link -> link.target().equals("#local-id"))
                .extracting(Link::line, Link::column)
                .containsExactly(tuple(11, 5), tuple(11, 22));
    }

    @Test
    void imageTargetAndPosition() throws IOException {
        List<Link> images = convert("guide/links.adoc").links().stream()
                .filter(link -> link.kind() == Link.Kind.IMAGE).toList();

        assertThat(images).extracting(Link::target, Link::line, Link::column)
                .containsExactly(tuple("diagrams/flow.svg", 13, 1), tuple("icons/tip.png", 18, 21));
    }

    @Test
    void imagesdirIsPartOfTheImageTarget() {
        Conversion page = convertText("guide/images.adoc", "= Images\n:imagesdir: media\n\nSee image:shot.png[] now.\n");

        assertThat(page.links()).containsExactly(new Link(0, Link.Kind.IMAGE, "media/shot.png", 4, 5));
    }

    @Test
    void placeholdersReplaceEveryRecordedTarget() throws IOException {
        Conversion page = convert("guide/links.adoc");

        assertThat(page.links()).hasSize(12);
        for (Link link : page.links()) {
            assertThat(page.html()).contains("\"" + link.placeholder() + "\"")
                    .doesNotContain("src=\"" + link.target() + "\"");
            if (!link.target().startsWith("#")) { // section anchors generated by Asciidoctor keep theirs
                assertThat(page.html()).doesNotContain("href=\"" + link.target() + "\"");
            }
        }
        assertThat(page.html()).doesNotContain("<a href=\"#local-id\"");
        assertThat(page.html()).doesNotContain(AsciidocLinks.XREF_MARKER, AsciidocBlockLines.LINE_ROLE, "network:guide");
    }

    @Test
    void generatedSectionAndFootnoteLinksAreLeftAlone() throws IOException {
        Conversion page = convert("guide/links.adoc");

        assertThat(page.html()).contains("<a class=\"anchor\" href=\"#overview\"></a>", "href=\"#_footnotedef_1\"",
                "href=\"#_footnoteref_1\"");
    }

    @Test
    void anchorsHoldSectionBlockAndInlineIds() throws IOException {
        Conversion page = convert("guide/links.adoc");

        assertThat(page.anchors()).contains("overview", "local-id", "explicit-id", "inline-anchor");
    }

    @Test
    void includeInsideTheProjectIsConverted() throws IOException {
        Conversion page = convert("guide/includes.adoc");

        assertThat(page.html()).contains("Included paragraph with", "Kept line.").doesNotContain("Dropped line.");
        assertThat(page.headings()).contains(new Heading(3, "Snippet Section", "from-snippet", 5));
        // A link in an included file is placed in that file.
        assertThat(page.links()).containsExactly(new Link(0, Link.Kind.LINK, "xref:network:guide/ports.md#create-a-port",
                1, 25, false, "identity/partials/snippet.adoc"));
    }

    @Test
    void includeEscapingTheProjectIsReportedAndNotRead() throws IOException {
        Conversion page = convert("guide/includes.adoc");

        assertThat(page.diagnostics()).filteredOn(d -> d.rule().equals(Rules.INCLUDE_ESCAPE))
                .extracting(Diagnostic::severity, Diagnostic::file, Diagnostic::line)
                .containsExactly(tuple(Severity.ERROR, "identity/guide/includes.adoc", 7),
                        tuple(Severity.ERROR, "identity/guide/includes.adoc", 9));
        assertThat(page.html()).doesNotContain("TOP-SECRET", "root:").contains("Still converted.");
        assertThat(page.headings()).extracting(Heading::id).contains("after");
    }

    @Test
    void includeCycleStopsAtMaxIncludeDepth() throws IOException {
        Conversion page = convert("guide/loop.adoc");

        assertThat(page.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line)
                .containsExactly(tuple(Rules.SOURCE_LIMIT, "identity/partials/loop.adoc", 3));
        assertThat(page.html().split("Loop\\.", -1)).hasSize(Limits.DEFAULTS.maxIncludeDepth() + 1);
    }

    @Test
    void asciidoctorWarningsBecomeDiagnosticsWithLines() throws IOException {
        Conversion page = convert("guide/warnings.adoc");

        assertThat(page.diagnostics()).extracting(Diagnostic::severity, Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple(Severity.WARNING, Rules.PARSE_ASCIIDOC, 5),
                        tuple(Severity.WARNING, Rules.PARSE_ASCIIDOC, 7));
        assertThat(page.diagnostics().get(1).message()).contains("unterminated listing block");
        assertThat(page.html()).contains("never closed");
    }

    @Test
    void asciidoctorMessagesAreNotLoggedASecondTime() throws IOException {
        List<LogRecord> printed = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                printed.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("asciidoctor");
        logger.addHandler(capture);
        try {
            assertThat(convert("guide/warnings.adoc").diagnostics()).hasSize(2);
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(printed).isEmpty();
    }

    @Test
    void pageAttributesCannotTurnOffLinkRecoveryOrConfinement() {
        Conversion page = convertText("guide/override.adoc", """
                = Override
                :relfileprefix: ../
                :relfilesuffix: .html

                See xref:network:guide/ports.md#create-a-port[ports].

                include::../../outside.adoc[]
                """);

        assertThat(page.links()).extracting(Link::target).containsExactly("xref:network:guide/ports.md#create-a-port");
        assertThat(page.diagnostics()).extracting(Diagnostic::rule).containsExactly(Rules.INCLUDE_ESCAPE);
        assertThat(page.html()).doesNotContain("TOP-SECRET");
    }

    @Test
    void linkLookingTextInListingLiteralAndLiteralMonospaceIsNeverALink() {
        Conversion page = convertText("guide/code.adoc", """
                = Code

                ----
                xref:guide/a.adoc[] <<local>> link:x.html[] [a](b.md) https://example.com/listing image:p.png[]
                ----

                ....
                xref:guide/b.adoc[] https://example.com/literal
                ....

                 indented xref:guide/c.adoc[] <<local>>

                [source,asciidoc]
                ----
                image::d.png[] xref:network:guide/ports.md#x[]
                ----

                Literal `+xref:guide/f.adoc[]+` and `+<<local>>+` and ``[g](h.md)`` here.

                Real xref:guide/a.adoc[a] at last.
                """);
        assertThat(page.links()).containsExactly(new Link(0, Link.Kind.LINK, "guide/a.adoc", 20, 6));
        assertThat(page.diagnostics()).isEmpty();
        assertThat(page.html()).contains("xref:guide/b.adoc[]", "xref:guide/f.adoc[]", "[g](h.md)");
    }

    @Test
    void backtickMonospaceIsFormattingNotLiteralSoItsMacrosStayLinks() {
        // In AsciiDoc, `text` applies macros (it renders a link in monospace); `+text+` is the literal form.
        Conversion page = convertText("guide/mono.adoc", "= Mono\n\nSee `xref:guide/a.adoc[a]` here.\n");
        assertThat(page.links()).containsExactly(new Link(0, Link.Kind.LINK, "guide/a.adoc", 3, 6));
        assertThat(page.html()).contains("<code><a href=\"docstack-link:0\">a</a></code>");
    }

    @Test
    void brokenInputNeverThrows() {
        for (String text : List.of("", "include::[]", "[[", "|===\n|a\n", "xref:[]", "<<>>", "image::[]",
                "= T\n:leveloffset: -9\n\n== A\n", "++++\n<a href=\"x\">raw</a>\n")) {
            Conversion page = convertText("guide/broken.adoc", text);
            assertThat(page.html()).as(text).isNotNull();
        }
    }

    @Test
    void convertsFromSeveralThreadsWithTheSameResult() throws Exception {
        Conversion expected = convert("guide/links.adoc");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Conversion>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String page = i % 2 == 0 ? "guide/links.adoc" : "guide/includes.adoc";
                results.add(threads.submit(() -> convert(page)));
            }
            for (int i = 0; i < results.size(); i += 2) {
                assertThat(results.get(i).get()).isEqualTo(expected);
                assertThat(results.get(i + 1).get().diagnostics()).hasSize(2);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Conversion convert(String page) throws IOException {
        return convertText(page, Files.readString(DOCS.resolve(page), StandardCharsets.UTF_8));
    }

    private static Conversion convertText(String page, String text) {
        SourceFile file = new SourceFile(new ProjectVersion("identity", "3.0"), SitePath.of(page), DOCS.resolve(page),
                SourceFile.Kind.ASCIIDOC, "identity/" + page);
        return converter.convert(file, text, DOCS);
    }

    private static Path resource(String name) {
        try {
            return Path.of(AsciidocConverterTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
