package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.AnchorStyle;
import io.docstack.config.Limits;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.Rules;
import io.docstack.source.Sources;

/** The convert stage over a real catalog: titles, reading, limits, failed pages. */
class ConverterTest {

    @TempDir
    Path base;

    private ConvertedSite convert(Limits limits) {
        SiteConfig config = TestFiles.site(base, base.resolve("out")).limits(limits)
                .project(TestFiles.project("compute", base.resolve("docs"))).build();
        return Converter.convert(Sources.aggregate(config), config.limits(), 2);
    }

    private ConvertedSite convert() {
        return convert(Limits.DEFAULTS);
    }

    private static Page page(ConvertedSite site, String source) {
        return site.pages().stream().filter(p -> p.source().value().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void anUpdateConvertsOnlyWhatTheEditTouched() throws Exception {
        Path docs = TestFiles.write(base.resolve("docs"), "a.md", "# A\n", "b.md", "# B\n",
                "c.adoc", "= C\n\ninclude::_part.adoc[]\n", "_part.adoc", "Part one.\n");
        SiteConfig config = TestFiles.site(base, base.resolve("out"))
                .project(TestFiles.project("compute", docs)).build();
        try (Converter converter = Converter.open(config.limits(), 2, true)) {
            ConvertedSite first = converter.convert(Sources.aggregate(config));

            // b.md edited: only b is converted again, a and c are the same objects
            TestFiles.write(docs, "b.md", "# B again\n");
            Converter.Update edited = converter.update(Sources.aggregate(config), java.util.Set.of(absolute(docs.resolve("b.md"))));
            assertThat(edited.changed()).extracting(r -> r.source().value()).containsExactly("b.md");
            assertThat(page(edited.site(), "a.md")).isSameAs(page(first, "a.md"));
            assertThat(page(edited.site(), "c.adoc")).isSameAs(page(first, "c.adoc"));
            assertThat(page(edited.site(), "b.md").title()).isEqualTo("B again");

            // a saved unchanged: converted again, but nothing changed
            assertThat(converter.update(Sources.aggregate(config), java.util.Set.of(absolute(docs.resolve("a.md")))).changed()).isEmpty();

            // the partial edited: the AsciiDoc page that includes it follows
            TestFiles.write(docs, "_part.adoc", "Part two.\n");
            Converter.Update partial = converter.update(Sources.aggregate(config), java.util.Set.of(absolute(docs.resolve("_part.adoc"))));
            assertThat(partial.changed()).extracting(r -> r.source().value()).containsExactly("c.adoc");
            assertThat(page(partial.site(), "c.adoc").html()).contains("Part two.");

            // a page deleted: gone from the site, and named as changed
            java.nio.file.Files.delete(docs.resolve("a.md"));
            Converter.Update deleted = converter.update(Sources.aggregate(config), java.util.Set.of(absolute(docs.resolve("a.md"))));
            assertThat(deleted.changed()).extracting(r -> r.source().value()).containsExactly("a.md");
            assertThat(deleted.site().pages()).extracting(p -> p.source().value()).containsExactly("b.md", "c.adoc");
            assertThat(deleted.site()).isEqualTo(Converter.convert(Sources.aggregate(config), config.limits(), 2));
        }
    }

    @Test
    void anIncludedFileEditedInAnotherComponentReconvertsOnlyThePagesThatIncludeIt() throws Exception {
        TestFiles.write(base.resolve("guide"), "antora.yml", "name: guide\nversion: '1.0'\n",
                "modules/ROOT/pages/uses.adoc", "= Uses\n\ninclude::shared::partial$note.adoc[]\n",
                "modules/ROOT/pages/plain.adoc", "= Plain\n",
                "modules/ROOT/pages/later.adoc", "= Later\n\ninclude::partial$later.adoc[]\n");
        TestFiles.write(base.resolve("shared"), "antora.yml", "name: shared\nversion: '1.0'\n",
                "modules/ROOT/pages/index.adoc", "= Shared\n", "modules/ROOT/partials/note.adoc", "Note one.\n");
        SiteConfig config = TestFiles.site(base, base.resolve("out"))
                .antoraSource(Path.of("guide")).antoraSource(Path.of("shared")).build();
        try (Converter converter = Converter.open(config.limits(), 2, true)) {
            ConvertedSite first = converter.convert(Sources.aggregate(config));
            Path note = absolute(base.resolve("shared/modules/ROOT/partials/note.adoc"));

            TestFiles.write(note, "Note two.\n".getBytes(StandardCharsets.UTF_8));
            Converter.Update edited = converter.update(Sources.aggregate(config), java.util.Set.of(note));

            assertThat(edited.changed()).extracting(r -> r.project().name() + ":" + r.source().value())
                    .containsExactly("guide:uses.adoc");
            assertThat(page(edited.site(), "uses.adoc").html()).contains("Note two.");
            assertThat(page(edited.site(), "plain.adoc")).isSameAs(page(first, "plain.adoc"));
            assertThat(page(edited.site(), "index.adoc")).isSameAs(page(first, "index.adoc"));

            // A partial that did not exist, created: the page of its component that wanted it follows.
            Path later = absolute(base.resolve("guide/modules/ROOT/partials/later.adoc"));
            TestFiles.write(later, "Written later.\n".getBytes(StandardCharsets.UTF_8));
            Converter.Update created = converter.update(Sources.aggregate(config), java.util.Set.of(later));
            assertThat(page(created.site(), "later.adoc").html()).contains("Written later.");
            assertThat(created.site()).isEqualTo(Converter.convert(Sources.aggregate(config), config.limits(), 2));
        }
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    @Test
    void titleIsFrontMatterThenFirstLevelOneHeadingThenFileName() {
        TestFiles.write(base.resolve("docs"),
                "front.md", "---\ntitle: From Front Matter\n---\n# Heading\n",
                "heading.md", "## Second level first\n\n# First Level One\n\n# Another\n",
                "guide/install-linux.md", "## Only level two\n\ntext\n",
                "blank-title.md", "---\ntitle: '  '\n---\n# Used Instead\n");
        ConvertedSite site = convert();
        assertThat(page(site, "front.md").title()).isEqualTo("From Front Matter");
        assertThat(page(site, "heading.md").title()).isEqualTo("First Level One");
        assertThat(page(site, "guide/install-linux.md").title()).isEqualTo("install-linux");
        assertThat(page(site, "blank-title.md").title()).isEqualTo("Used Instead");
        assertThat(site.diagnostics()).isEmpty();
    }

    @Test
    void pagesAreSortedAndWrittenAsHtmlNextToTheirSource() {
        TestFiles.write(base.resolve("docs"), "b.md", "# B\n", "a/z.md", "# Z\n", "a.markdown", "# A\n",
                "img.png", "not a page");
        ConvertedSite site = convert();
        assertThat(site.pages()).extracting(p -> p.source().value(), p -> p.output().value(), p -> p.sitePath().value())
                .containsExactly(tuple("a.markdown", "a.html", "compute/1.0/a.html"),
                        tuple("a/z.md", "a/z.html", "compute/1.0/a/z.html"),
                        tuple("b.md", "b.html", "compute/1.0/b.html"));
        assertThat(page(site, "b.md").displayPath()).isEqualTo("docs/b.md");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumnAndThePageIsStillBuilt() {
        byte[] head = "# Title\n\nCaf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 'é'
        bytes[head.length + 1] = '!';
        bytes[head.length + 2] = '\n';
        TestFiles.write(base.resolve("docs/latin1.md"), bytes);
        ConvertedSite site = convert();
        assertThat(site.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple(Rules.SOURCE_READ, "docs/latin1.md", 3, 4));
        assertThat(site.diagnostics().get(0).message()).contains("0xe9");
        Page page = page(site, "latin1.md");
        assertThat(page.failed()).isFalse();
        assertThat(page.title()).isEqualTo("Title");
        assertThat(page.html()).contains("Caf\uFFFD!");
    }

    @Test
    void aFileOverMaxFileBytesBecomesAFailedPageWithANotice() {
        TestFiles.write(base.resolve("docs"), "big.md", "# Big\n" + "text ".repeat(100), "small.md", "# Small\n");
        ConvertedSite site = convert(new Limits(200, 64, 1024, 50, 16));
        assertThat(site.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.SOURCE_LIMIT);
            assertThat(d.file()).isEqualTo("docs/big.md");
            assertThat(d.line()).isZero();
            assertThat(d.message()).contains("maxFileBytes (200)");
        });
        Page big = page(site, "big.md");
        assertThat(big.failed()).isTrue();
        assertThat(big.title()).isEqualTo("big");
        assertThat(big.html()).contains("docstack-error").contains("maxFileBytes");
        assertThat(page(site, "small.md").failed()).isFalse();
    }

    @Test
    void byteOrderMarkIsDroppedAndAnEmptyFileIsAnEmptyPage() {
        TestFiles.write(base.resolve("docs/bom.md"), "\uFEFF---\ntitle: With BOM\n---\ntext\n".getBytes(StandardCharsets.UTF_8));
        TestFiles.write(base.resolve("docs"), "empty.md", "");
        ConvertedSite site = convert();
        assertThat(page(site, "bom.md").title()).isEqualTo("With BOM");
        Page empty = page(site, "empty.md");
        assertThat(empty.title()).isEqualTo("empty");
        assertThat(empty.html()).isEmpty();
        assertThat(empty.failed()).isFalse();
        assertThat(site.diagnostics()).isEmpty();
    }

    @Test
    void diagnosticsAreSortedAcrossPages() {
        TestFiles.write(base.resolve("docs"), "b.md", "---\n- x\n---\n", "a.md", "---\ntitle: [\n---\n");
        List<Diagnostic> diagnostics = convert().diagnostics();
        assertThat(diagnostics).extracting(Diagnostic::file).containsExactly("docs/a.md", "docs/b.md");
    }

    @Test
    void aLeadingHeadingThatGivesTheTitleIsNotRepeatedInTheBody() {
        TestFiles.write(base.resolve("docs"),
                "from-heading.md", "# Install\n\nText.\n",
                "from-front-matter.md", "---\ntitle: Other\n---\n# Kept Heading\n\nText.\n",
                "later-heading.md", "Intro.\n\n# Later\n");
        ConvertedSite site = convert();
        // The heading's id stays, so links to it still land at the top of the page.
        assertThat(page(site, "from-heading.md").html()).isEqualTo("<span id=\"install\"></span>\n<p>Text.</p>\n");
        assertThat(page(site, "from-front-matter.md").html()).startsWith("<h1 id=\"kept-heading\">Kept Heading</h1>");
        assertThat(page(site, "later-heading.md").html()).contains("<h1 id=\"later\">Later</h1>");
    }

    @Test
    void theTitleHeadingIsNotRepeatedOnPagesWithAdmonitionsEither() {
        // Flexmark puts the admonition icons (an <svg>) before the first heading.
        TestFiles.write(base.resolve("docs"), "note.md", "# Careful\n\n!!! note\n    Read this.\n");
        Page page = page(convert(), "note.md");
        assertThat(page.title()).isEqualTo("Careful");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(page.html()).select("h1")).isEmpty();
        assertThat(page.html()).contains("adm-note", "Read this.");
    }

    @Test
    void headingIdsFollowTheAnchorStyleOfThePagesProject() {
        TestFiles.write(base.resolve("docs"), "page.md", "# T\n\n## Ünïcode Straße\n\n## Ünïcode Straße\n");
        TestFiles.write(base.resolve("mk"), "page.md", "# T\n\n## Ünïcode Straße\n\n## Ünïcode Straße\n");
        SiteConfig config = TestFiles.site(base, base.resolve("out"))
                .project(TestFiles.project("compute", base.resolve("docs")))
                .project(new ProjectConfig("legacy", "Legacy", null, "1.0", base.resolve("mk"), null, AnchorStyle.MKDOCS))
                .build();
        ConvertedSite site = Converter.convert(Sources.aggregate(config), config.limits(), 2);
        assertThat(site.pages()).extracting(p -> p.project().name(), p -> p.headings().stream().map(h -> h.id()).toList())
                .containsExactly(tuple("compute", List.of("t", "ünïcode-straße", "ünïcode-straße-1")),
                        tuple("legacy", List.of("t", "unicode-strae", "unicode-strae_1")));
    }
}
