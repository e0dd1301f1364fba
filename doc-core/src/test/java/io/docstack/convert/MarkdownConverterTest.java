package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.docstack.config.AnchorStyle;
import io.docstack.config.Limits;
import io.docstack.model.Heading;
import io.docstack.model.Link;

class MarkdownConverterTest {

    private static final MarkdownConverter MARKDOWN = new MarkdownConverter(Limits.DEFAULTS);

    private static Conversion convert(String markdown) {
        return MARKDOWN.convert(markdown, "guide/page.md");
    }

    private static Document html(Conversion conversion) {
        return Jsoup.parseBodyFragment(conversion.html());
    }

    @Test
    void headingsGetGithubIdsAndExplicitIdsWin() {
        Conversion page = convert("""
                # Hello World!

                ## Ünïcode Straße {#explicit}

                ## Hello World!

                Setext heading
                --------------
                """);
        assertThat(page.headings()).containsExactly(
                new Heading(1, "Hello World!", "hello-world", 1),
                new Heading(2, "Ünïcode Straße", "explicit", 3),
                new Heading(2, "Hello World!", "hello-world-1", 5),
                new Heading(2, "Setext heading", "setext-heading", 7));
        Document html = html(page);
        assertThat(html.select("h1, h2")).extracting(e -> e.id(), e -> e.text()).containsExactly(
                tuple("hello-world", "Hello World!"), tuple("explicit", "Ünïcode Straße"),
                tuple("hello-world-1", "Hello World!"), tuple("setext-heading", "Setext heading"));
        assertThat(page.anchors()).contains("hello-world", "explicit", "hello-world-1", "setext-heading");
    }

    @Test
    void anExplicitIdIsNeverGeneratedForAnotherHeading() {
        Conversion page = convert("## Setup\n\n## Install {#setup}\n");
        assertThat(page.headings()).extracting(Heading::id).containsExactly("setup-1", "setup");
        assertThat(html(page).select("[id=setup]")).hasSize(1);
    }

    @Test
    void mkdocsProjectsGetPythonMarkdownIds() {
        Conversion page = MARKDOWN.convert("""
                # Hello World!

                ## Ünïcode Straße

                ## Hello World!

                ## Привет
                """, "guide/page.md", AnchorStyle.MKDOCS);
        assertThat(page.headings()).extracting(Heading::id)
                .containsExactly("hello-world", "unicode-strae", "hello-world_1", "_1");
        assertThat(html(page).select("h1, h2")).extracting(e -> e.id())
                .containsExactly("hello-world", "unicode-strae", "hello-world_1", "_1");
    }

    @Test
    void mkdocsAttributeListIdsOnHeadingsWinInEverySpelling() {
        Conversion page = MARKDOWN.convert("""
                ## Spaced { #custom-id }

                ## With class {#with-class .wide}

                ## Python-Markdown colon {: #colon-id .note }

                ## Setup

                Para {: #para-id }
                """, "guide/page.md", AnchorStyle.MKDOCS);
        assertThat(page.headings()).extracting(Heading::text, Heading::id).containsExactly(
                tuple("Spaced", "custom-id"), tuple("With class", "with-class"),
                tuple("Python-Markdown colon", "colon-id"), tuple("Setup", "setup"));
        Document html = html(page);
        assertThat(html.select("h2")).extracting(e -> e.id())
                .containsExactly("custom-id", "with-class", "colon-id", "setup");
        assertThat(html.select("h2.wide")).hasSize(1);
        assertThat(html.select("h2.note")).hasSize(1);
        assertThat(html.getElementById("para-id")).isNotNull();
        assertThat(page.html()).doesNotContain(":=");
    }

    @Test
    void mkdocsIdsLeaveOutFootnoteNumbersAndImagesLikePythonMarkdown() {
        Conversion page = MARKDOWN.convert("## Setup[^1] ![Logo](logo.png) `now` &amp; *then*\n\n[^1]: A note.\n",
                "guide/page.md", AnchorStyle.MKDOCS);
        assertThat(page.headings()).extracting(Heading::id).containsExactly("setup-now-then");
    }

    @Test
    void mkdocsExplicitIdsAreNeverGeneratedForAnotherHeading() {
        Conversion page = MARKDOWN.convert("## Setup\n\n## Install {#setup}\n\n## Setup\n", "guide/page.md",
                AnchorStyle.MKDOCS);
        assertThat(page.headings()).extracting(Heading::id).containsExactly("setup_1", "setup", "setup_2");
    }

    @Test
    void otherExplicitAndRawHtmlIdsAreAnchors() {
        Conversion page = convert("""
                Paragraph with an id {#para-id}

                <div id="raw-block">x</div>

                Text <a name="raw-inline"></a> more.
                """);
        assertThat(page.anchors()).contains("para-id", "raw-block", "raw-inline");
        assertThat(html(page).getElementById("para-id")).isNotNull();
    }

    @Test
    void linksImagesAndReferenceLinksAreRecordedWithLineAndColumn() {
        Conversion page = convert("""
                # Title

                See [the guide](install.md#linux), ![logo](img/logo.png "Logo").
                  Then [a reference][ref] and [shortcut] and [collapsed][].

                > quoted [link](quote.md)

                | a | [cell](cell.md) |
                |---|---|

                [ref]: ../ref.md#anchor
                [shortcut]: short.md
                [collapsed]: collapsed.md
                """);
        assertThat(page.links()).extracting(Link::index, Link::kind, Link::target, Link::line, Link::column).containsExactly(
                tuple(0, Link.Kind.LINK, "install.md#linux", 3, 5),
                tuple(1, Link.Kind.IMAGE, "img/logo.png", 3, 36),
                tuple(2, Link.Kind.LINK, "../ref.md#anchor", 4, 8),
                tuple(3, Link.Kind.LINK, "short.md", 4, 31),
                tuple(4, Link.Kind.LINK, "collapsed.md", 4, 46),
                tuple(5, Link.Kind.LINK, "quote.md", 6, 10),
                tuple(6, Link.Kind.LINK, "cell.md", 8, 7));
    }

    @Test
    void linkTargetsInTheHtmlArePlaceholders() {
        Conversion page = convert("[a](install.md) ![b](img.png) [c][r]\n\n[r]: ref.md\n");
        Document html = html(page);
        assertThat(html.select("a")).extracting(e -> e.attr("href")).containsExactly("docstack-link:0", "docstack-link:2");
        assertThat(html.select("img")).extracting(e -> e.attr("src")).containsExactly("docstack-link:1");
        assertThat(page.html()).doesNotContain("install.md", "img.png", "ref.md");
    }

    @Test
    void positionsCountFrontMatterLinesAndStayRightWithWindowsLineEndings() {
        Conversion page = convert("---\r\ntitle: T\r\n---\r\n\r\nText [link](a.md)\r\n## Head\r\n");
        assertThat(page.title()).isEqualTo("T");
        assertThat(page.links()).extracting(Link::line, Link::column).containsExactly(tuple(5, 6));
        assertThat(page.headings()).extracting(Heading::line).containsExactly(6);
    }

    @Test
    void targetsAreEntityDecoded() {
        Conversion page = convert("[a](a.md?x=1&amp;y=2)\n");
        assertThat(page.links()).extracting(Link::target).containsExactly("a.md?x=1&y=2");
    }

    @Test
    void linkSyntaxInsideCodeIsNotALink() {
        Conversion page = convert("""
                Inline `[not](a.md)` code.

                ```
                [also not](b.md)
                ![nor](c.png)
                ```

                    [indented](d.md)

                ~~~markdown
                [tilde](e.md)
                ~~~
                """);
        assertThat(page.links()).isEmpty();
        assertThat(html(page).select("a, img")).isEmpty();
        assertThat(html(page).select("code").text()).contains("[not](a.md)", "[also not](b.md)", "[indented](d.md)");
    }

    @Test
    void linkLookingTextInCodeIsNeverALinkNorADiagnostic() {
        Conversion page = convert("""
                Span `[a](xref:network:guide/ports.md#x)`, `<a href="raw.md">`, `https://example.com/span`, `{#id}`.

                - item

                  ```
                  [in list](list.md) xref:network:a.md <https://example.com/auto>
                  <img src="fenced.png"> www.example.com/www
                  ```

                > ~~~
                > [quoted](quoted.md)
                > ~~~
                """);
        assertThat(page.links()).isEmpty();
        assertThat(page.anchors()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
        assertThat(html(page).select("a, img")).isEmpty();
        assertThat(page.html()).doesNotContain(Link.PLACEHOLDER_PREFIX);
    }

    @Test
    void autolinksAreRecordedButKeepTheirUrl() {
        Conversion page = convert("<https://example.com/a> and https://bare.example.org/b and <ops@example.com>\n");
        assertThat(page.links()).extracting(Link::target).containsExactly(
                "https://example.com/a", "https://bare.example.org/b", "mailto:ops@example.com");
        assertThat(html(page).select("a")).extracting(e -> e.attr("href")).containsExactly(
                "https://example.com/a", "https://bare.example.org/b", "mailto:ops@example.com");
    }

    @Test
    void imageInsideALinkGivesTwoLinks() {
        Conversion page = convert("[![badge](badge.svg)](status.md)\n");
        assertThat(page.links()).extracting(Link::kind, Link::target).containsExactly(
                tuple(Link.Kind.LINK, "status.md"), tuple(Link.Kind.IMAGE, "badge.svg"));
        Document html = html(page);
        assertThat(html.select("a").attr("href")).isEqualTo("docstack-link:0");
        assertThat(html.select("a > img").attr("src")).isEqualTo("docstack-link:1");
    }

    @Test
    void tablesTaskListsStrikethroughFootnotesAndAdmonitionsRender() {
        Conversion page = convert("""
                | Name | Value |
                |------|------:|
                | a    | 1     |

                - [ ] todo
                - [x] done

                ~~gone~~

                A claim.[^1]

                [^1]: The source.

                !!! warning "Careful"
                    Admonition body.
                """);
        Document html = html(page);
        assertThat(html.select("table.table th")).extracting(e -> e.text()).containsExactly("Name", "Value");
        assertThat(html.select("table td")).extracting(e -> e.text()).containsExactly("a", "1");
        assertThat(html.select("li.task-list-item input[type=checkbox]")).hasSize(2);
        assertThat(html.select("li.task-list-item input[checked]")).hasSize(1);
        assertThat(html.select("del").text()).isEqualTo("gone");
        assertThat(html.select("sup a.footnote-ref").attr("href")).isEqualTo("#fn-1");
        assertThat(html.select("div.footnotes li").attr("id")).isEqualTo("fn-1");
        assertThat(html.select("div.adm-block.adm-warning .adm-heading").text()).isEqualTo("Careful");
        assertThat(html.select("div.adm-block .adm-body").text()).isEqualTo("Admonition body.");
        // Generated footnote links are not user links: nothing for the link stage to check.
        assertThat(page.links()).isEmpty();
    }

    @Test
    void headingTextLeavesOutAttributesButKeepsInlineText() {
        Conversion page = convert("## Use `kubectl` *now* {#use .wide}\n");
        assertThat(page.headings()).containsExactly(new Heading(2, "Use kubectl now", "use", 1));
        assertThat(html(page).select("h2").hasClass("wide")).isTrue();
    }

    @Test
    void frontMatterGivesTitleDescriptionAndOrder() {
        Conversion page = convert("---\ntitle: Install\ndescription: How.\norder: 2\n---\n# Other\n");
        assertThat(page.title()).isEqualTo("Install");
        assertThat(page.description()).isEqualTo("How.");
        assertThat(page.order()).isEqualTo(2);
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void brokenFrontMatterIsADiagnosticAndThePageIsStillConverted() {
        Conversion page = convert("---\ntitle: [unclosed\n---\n# Body\n\n[a](b.md)\n");
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("parse.front-matter");
            assertThat(d.file()).isEqualTo("guide/page.md");
            assertThat(d.line()).isGreaterThanOrEqualTo(2);
        });
        assertThat(page.headings()).extracting(Heading::text, Heading::line).containsExactly(tuple("Body", 4));
        assertThat(page.links()).extracting(Link::line).containsExactly(6);
    }

    @Test
    void pageNestedBeyondTheLimitIsANoticeWithADiagnostic() {
        Conversion page = convert("# T\n\n" + "> ".repeat(100) + "deep\n");
        assertThat(ConversionFailure.isNotice(page)).isTrue();
        assertThat(page.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("source.limit");
            assertThat(d.line()).isEqualTo(3);
        });
    }
}
