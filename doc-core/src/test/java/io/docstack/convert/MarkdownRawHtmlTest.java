package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.docstack.config.Limits;
import io.docstack.model.Link;

/** Links, images and ids written as raw HTML in Markdown, and URLs that run script. */
class MarkdownRawHtmlTest {

    private static final MarkdownConverter MARKDOWN = new MarkdownConverter(Limits.DEFAULTS);

    private static Conversion convert(String markdown) {
        return MARKDOWN.convert(markdown, "guide/page.md");
    }

    private static Document html(Conversion conversion) {
        return Jsoup.parseBodyFragment(conversion.html());
    }

    @Test
    void rawHtmlLinksAndImagesAreRecordedAtTheirValuesInDocumentOrder() {
        Conversion page = convert("""
                See [md](first.md), <a href="inline.md#x">inline</a> and <img src='img/a.png' alt=x>.

                <div class="box">
                  <a
                    href=block.md>block</a>
                </div>

                > <p><a href="quoted.md">q</a></p>

                Last [md](last.md).
                """);
        assertThat(page.links()).extracting(Link::index, Link::kind, Link::target, Link::line, Link::column)
                .containsExactly(
                        tuple(0, Link.Kind.LINK, "first.md", 1, 5),
                        tuple(1, Link.Kind.LINK, "inline.md#x", 1, 30),
                        tuple(2, Link.Kind.IMAGE, "img/a.png", 1, 68),
                        tuple(3, Link.Kind.LINK, "block.md", 5, 10),
                        tuple(4, Link.Kind.LINK, "quoted.md", 8, 15),
                        tuple(5, Link.Kind.LINK, "last.md", 10, 6));
    }

    /**
     * An unclosed {@code <a>} closed by its parent: the HTML parser re-opens it after the parent
     * as a copy with the original's source positions. Each link is still recorded once (this page
     * could not be converted at all: found by the Markdown fuzzer).
     */
    @Test
    void anUnclosedRawHtmlLinkIsOneLinkAndThePageConverts() {
        Conversion page = convert("""
                <div><a href="a.md">x</div>

                Then [b](b.md).
                """);

        assertThat(page.links()).extracting(Link::target).containsExactly("a.md", "b.md");
        assertThat(page.diagnostics()).isEmpty();
        assertThat(page.html()).contains("<div><a href=\"docstack-link:0\">x</div>");
    }

    @Test
    void rawHtmlTargetsBecomeQuotedPlaceholdersAndTheRestStaysAsWritten() {
        Conversion page = convert("""
                Text <a href="inline.md" class="x">inline</a> <img src='a.png' alt=x> <a title=t href=bare.md>b</a>

                <div class="box">
                <a href="block.md">block</a>
                </div>
                """);
        assertThat(page.html()).contains(
                "<a href=\"docstack-link:0\" class=\"x\">inline</a>",
                "<img src=\"docstack-link:1\" alt=x>",
                "<a title=t href=\"docstack-link:2\">b</a>",
                "<div class=\"box\">\n<a href=\"docstack-link:3\">block</a>\n</div>");
        assertThat(page.html()).doesNotContain("inline.md", "a.png", "bare.md", "block.md");
    }

    @Test
    void rawHtmlTargetsAreEntityDecodedAndEmptyOnesIgnored() {
        Conversion page = convert("<a href=\"a.md?x=1&amp;y=2\">a</a> <a href=\"\">empty</a> <a>none</a>\n");
        assertThat(page.links()).extracting(Link::target).containsExactly("a.md?x=1&y=2");
        assertThat(page.html()).contains("<a href=\"\">empty</a>");
    }

    @Test
    void rawHtmlInsideACodeBlockOrSpanIsText() {
        Conversion page = convert("""
                `<a href="span.md">`

                ```html
                <a href="fenced.md" id="fenced">x</a>
                ```

                    <img src="indented.png">
                """);
        assertThat(page.links()).isEmpty();
        assertThat(page.anchors()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void rawHtmlIdsAndNamedLinkAnchorsAreAnchorsButFormFieldNamesAreNot() {
        Conversion page = convert("""
                <div id="raw-block">x</div>

                Text <a name="raw-inline"></a> and <span id=unquoted>u</span> <input name="q">

                <table><tr id="row"><td>cell</td></tr></table>
                """);
        assertThat(page.anchors()).containsExactlyInAnyOrder("raw-block", "raw-inline", "unquoted", "row");
    }

    @Test
    void refusedUrlsAreRecordedForTheLinkStageButNeverWrittenInAnySpelling() {
        Conversion page = convert("""
                [a](javascript:alert(1)) [b](JavaScript:alert(2)) [c](< java&#x09;script:alert(3)>) [d](VBScript:x)

                ![e](javascript:alert(4)) <JAVASCRIPT:alert(5)> [f](data:text/html,x)

                <a href="JavaScript:alert(6)">raw</a> <img src=" javascript:alert(7)">
                """);
        // Recorded, so that the link stage reports each one (link.scheme) where it was written.
        assertThat(page.links()).extracting(Link::line, Link::column).containsExactly(tuple(1, 1), tuple(1, 26),
                tuple(1, 51), tuple(1, 85), tuple(3, 1), tuple(3, 27), tuple(3, 49), tuple(5, 10), tuple(5, 49));
        Document html = html(page);
        assertThat(html.select("p").first().select("a")).isEmpty();
        assertThat(html.select("p").first().text()).contains("a", "b", "c", "d");
        assertThat(html.select("img")).extracting(e -> e.attr("src")).containsOnly(page.links().get(8).placeholder());
        // Raw HTML keeps its elements, with placeholders: the link stage writes '#' for them.
        assertThat(html.select("a[href]")).extracting(e -> e.attr("href")).containsExactly(page.links().get(7).placeholder());
        // A refused autolink stays as text; no attribute holds a refused URL.
        assertThat(html.text()).contains("JAVASCRIPT:alert(5)");
        assertThat(html.select("[href], [src]")).allSatisfy(e -> assertThat(e.attr("href") + e.attr("src"))
                .startsWith(Link.PLACEHOLDER_PREFIX));
    }

    @Test
    void refusedUrlsSpelledWithCharacterReferencesAreNotWrittenDecoded() {
        // Flexmark would write [a](&#106;avascript:…) decoded: the decoded URL is what is judged.
        Conversion page = convert("[a](&#106;avascript:alert(1)) [b](javascript&colon;alert(2)) ![c](&#x6A;avascript:x)\n");
        assertThat(page.links()).extracting(Link::target)
                .containsExactly("javascript:alert(1)", "javascript:alert(2)", "javascript:x");
        assertThat(html(page).select("[href], [src]")).isEmpty();
    }
}
