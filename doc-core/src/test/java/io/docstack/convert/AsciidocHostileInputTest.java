package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Link;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.source.SourceFile;

/**
 * Hostile AsciiDoc pages: those that multiply a small source into a huge one, through includes or
 * attribute references, stop at the limits of {@link Limits} with one {@code source.limit} on the
 * page; those that point at files outside the docs folder never get a byte of them. One
 * converter, with small limits, serves the class (JRuby boots once).
 */
class AsciidocHostileInputTest {

    private static final Limits SMALL = Limits.DEFAULTS.withAsciidoc(100, 10_000, 10_000);
    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static AsciidocConverter converter;

    private static final String SECRET = "TOP-SECRET-BYTES";

    @TempDir
    Path root;
    private Path docs;

    @BeforeAll
    static void bootOnce() {
        converter = new AsciidocConverter(SMALL);
        converter.start();
    }

    @AfterAll
    static void shutDown() {
        converter.close();
    }

    @BeforeEach
    void docsFolder() {
        docs = root.resolve("docs");
    }

    @Test
    void includesThatMultiplyStopAtMaxIncludes() {
        // Ten partials, each including the next ten times: 10^10 includes within maxIncludeDepth.
        for (int i = 0; i < 10; i++) {
            TestFiles.write(docs, "_p" + i + ".adoc", i == 9 ? "lol\n" : ("include::_p" + (i + 1) + ".adoc[]\n\n").repeat(10));
        }
        Conversion page = assertTimeoutPreemptively(BUDGET, () -> convert("fan-out.adoc",
                "= Fan out\n\nBefore.\n\n" + "include::_p0.adoc[]\n\n".repeat(10) + "After.\n"));

        assertOneLimit(page, "docs/fan-out.adoc", 5, "maxIncludes (100)");
        assertThat(page.html()).contains("Before.", "After.", "lol");
        assertThat(page.html().split("lol", -1).length - 1).isLessThanOrEqualTo(100);
    }

    /** Asciidoctor refuses a whole document with a NUL in it; one stray byte must not lose the page (found by the AsciiDoc fuzzer). */
    @Test
    void nulCharactersAreReplacedAndReportedAndThePageConverts() {
        Conversion page = convert("nul.adoc", "= Nul\n\nA\0B and image:x\0y.png[] C\0.\n\n== Section\n");

        assertThat(page.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column, Diagnostic::message)
                .containsExactly(tuple(Rules.PARSE_ASCIIDOC, 3, 2,
                        "3 NUL characters (U+0000), which AsciiDoc text cannot hold; shown as U+FFFD"));
        assertThat(page.html()).contains("A\uFFFDB", "C\uFFFD.");
        assertThat(page.headings()).extracting(io.docstack.model.Heading::text).containsExactly("Section");
    }

    @Test
    void includedTextStopsAtMaxIncludedBytes() {
        TestFiles.write(docs, "_big.adoc", "big text ".repeat(400) + "\n");
        Conversion page = assertTimeoutPreemptively(BUDGET, () -> convert("big.adoc",
                "= Big\n\n" + "include::_big.adoc[]\n\n".repeat(5) + "After.\n"));

        assertOneLimit(page, "docs/big.adoc", 7, "maxIncludedBytes (10000)");
        // 3,601 bytes each: two fit in 10,000, the third does not.
        assertThat(page.html().split("big text", -1).length - 1).isEqualTo(2 * 400);
        assertThat(page.html()).contains("After.");
    }

    @Test
    void attributesThatRepeatEachOtherStopAtMaxAttributeBytes() {
        // 472 bytes that stand for 12 * 10^9 characters: the whole build died of OutOfMemoryError.
        StringBuilder text = new StringBuilder("= Attributes\n:a0: lollollollol\n");
        for (int i = 1; i <= 9; i++) {
            text.append(":a").append(i).append(": ").append(("{a" + (i - 1) + "}").repeat(10)).append('\n');
        }
        text.append("\nBefore {a9} after.\n");
        Conversion page = assertTimeoutPreemptively(BUDGET, () -> convert("bomb.adoc", text.toString()));

        assertOneLimit(page, "docs/bomb.adoc", 5, "maxAttributeBytes (10000)");
        assertThat(page.html()).contains("Before", "after.").hasSizeLessThan(20_000);
    }

    @Test
    void referencesInTheBodyCountTowardsMaxAttributeBytesToo() {
        String text = "= Body\n:long: " + "x".repeat(1_000) + "\n\n" + "{long} ".repeat(5) + "\n\n== Later\n\n"
                + "{long} ".repeat(10) + "\n";
        Conversion page = assertTimeoutPreemptively(BUDGET, () -> convert("body.adoc", text));

        assertThat(page.diagnostics()).extracting(d -> d.rule() + " " + d.line()).containsExactly(Rules.SOURCE_LIMIT + " 8");
        assertThat(page.html()).contains("x".repeat(1_000), "{long}");
        assertThat(page.html().split("x{1000}", -1).length - 1).isEqualTo(5);

        Conversion entries = convert("entries.adoc", "= Entries\n\nText.\n\n:long: " + "x".repeat(1_000) + "\n"
                + ":longer: " + "{long}".repeat(5) + "\n:longest: {longer}{longer}\n\n{longest}\n");
        assertThat(entries.diagnostics()).extracting(d -> d.rule() + " " + d.line()).containsExactly(Rules.SOURCE_LIMIT + " 7");
    }

    @Test
    void attributesWithinTheBudgetAreSubstitutedAsUsual() {
        Conversion page = convert("fine.adoc", "= Fine\n:product: Nimbus\n:url-docs: https://example.org/docs\n\n"
                + "{product} docs are at {url-docs}[the site]. {product}!\n");

        assertThat(page.diagnostics()).isEmpty();
        assertThat(page.html()).contains("Nimbus docs are at", "Nimbus!").doesNotContain("{product}");
    }

    @Test
    void imagesLinkedOutOfTheDocsFolderAreNeitherEmbeddedNorInlined() throws Exception {
        Path outside = TestFiles.write(root.resolve("outside"), "secret.png", SECRET, "secret.svg", "<svg>" + SECRET + "</svg>");
        TestFiles.write(docs, "inside.svg", "<svg><title>inside</title></svg>");
        link(docs.resolve("x.png"), outside.resolve("secret.png"));
        link(docs.resolve("x.svg"), outside.resolve("secret.svg"));
        Conversion page = convert("images.adoc", "= Images\n:data-uri:\n\nimage::x.png[]\n\nimage::x.svg[opts=inline]\n\n"
                + "Inline image:x.svg[opts=inline] here.\n\nimage::inside.svg[opts=inline]\n");

        assertThat(page.html()).doesNotContain(SECRET, base64(SECRET), "data:image").contains("<title>inside</title>");
        // Image URLs are placeholders in the HTML until the link stage writes them back.
        assertThat(page.links()).extracting(Link::target).containsExactly("x.png");
        assertThat(page.diagnostics()).extracting(d -> d.rule() + " " + d.file() + ":" + d.line())
                .containsExactly(Rules.LINK_ESCAPE + " docs/images.adoc:6", Rules.LINK_ESCAPE + " docs/images.adoc:8");
        assertThat(page.diagnostics()).allSatisfy(d -> assertThat(d.isError()).isTrue());
    }

    @Test
    void pageAttributesCannotTurnOnEmbeddingOrReadingUrls() {
        TestFiles.write(docs, "in.png", SECRET);
        AsciidocPage settings = new AsciidocPage(docs, java.util.Map.of("data-uri", "", "allow-uri-read", ""),
                id -> java.util.Optional.empty(), true, true);
        String text = "= Attributes\n\nimage::in.png[]\n\nimage::https://example.invalid/x.svg[opts=inline]\n";
        Path file = TestFiles.write(docs, "attributes.adoc", text).resolve("attributes.adoc");
        Conversion page = converter.convert(new SourceFile(new ProjectVersion("docs", "1.0"), SitePath.of("attributes.adoc"),
                file, SourceFile.Kind.ASCIIDOC, "docs/attributes.adoc"), text, settings);

        assertThat(page.html()).doesNotContain(base64(SECRET), "data:image");
        assertThat(page.links()).extracting(Link::target).containsExactly("in.png");
        // The URL is not fetched: Asciidoctor says so instead.
        assertThat(page.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("allow-uri-read attribute not enabled"));
    }

    private static void link(Path link, Path target) {
        try {
            java.nio.file.Files.createSymbolicLink(link, target);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "cannot create symbolic links here: " + e);
        }
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The page's only diagnostic is a {@code source.limit} at {@code file:line} that names the limit. */
    private static void assertOneLimit(Conversion page, String file, int line, String limit) {
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.SOURCE_LIMIT);
            assertThat(d.file()).isEqualTo(file);
            assertThat(d.line()).isEqualTo(line);
            assertThat(d.message()).contains(limit);
            assertThat(d.hint()).isNotBlank();
        });
    }

    private Conversion convert(String name, String text) {
        Path file = TestFiles.write(docs, name, text).resolve(name);
        SourceFile source = new SourceFile(new ProjectVersion("docs", "1.0"), SitePath.of(name), file,
                SourceFile.Kind.ASCIIDOC, "docs/" + name);
        return converter.convert(source, text, docs);
    }
}
