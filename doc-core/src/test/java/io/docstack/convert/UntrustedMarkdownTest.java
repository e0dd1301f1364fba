package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class UntrustedMarkdownTest {

    @Test
    void rawHtmlIsShownAsText() {
        String html = UntrustedMarkdown.toHtml("<script>alert(1)</script>\n\nA <b onclick=\"x()\">bold</b> word.\n");
        assertThat(html).doesNotContain("<script", "<b ").contains("&lt;script&gt;", "&lt;b onclick=");
    }

    @Test
    void declaresNoIdsEvenWhenTheTextAsksForThem() {
        String html = UntrustedMarkdown.toHtml("# Title {#top}\n\nText[^1] {#para}\n\n[^1]: A note.\n");
        assertThat(Jsoup.parseBodyFragment(html).select("[id]")).isEmpty();
    }

    @Test
    void aSingleParagraphLosesItsWrapperForInlineUse() {
        assertThat(UntrustedMarkdown.toInlineHtml("Only **one**.")).isEqualTo("Only <strong>one</strong>.");
        assertThat(UntrustedMarkdown.toInlineHtml("One.\n\nTwo.")).isEqualTo("<p>One.</p>\n<p>Two.</p>");
        assertThat(UntrustedMarkdown.toInlineHtml(null)).isEmpty();
        assertThat(UntrustedMarkdown.toHtml("  ")).isEmpty();
    }

    @Test
    void scriptLinksKeepTheirTextOnly() {
        String html = UntrustedMarkdown.toHtml("[a](JavaScript:alert(1)) [b](&#106;avascript:alert(2)) <vbscript:x>\n");
        assertThat(Jsoup.parseBodyFragment(html).select("a[href]").eachAttr("href")).allMatch("#"::equals);
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("a", "b");
    }
}
