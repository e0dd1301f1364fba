package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPolicyTest {

    @Test
    void relativeReferencesAndTheAllowedSchemesPass() {
        assertThat(new String[] {"guide/a.md", "../b.html#x", "/root.html", "?q=1", "#top", "", "//cdn.example.com/a.png",
                "https://example.com/", "HTTP://EXAMPLE.COM", "mailto:a@example.com", "tel:+123", "a/b:c", "x?y:z",
                "%6Aavascript:alert(1)", "javascript%3Aalert(1)", "\u00a0javascript:alert(1)"})
                .allMatch(UrlPolicy::allowed);
    }

    @Test
    void scriptSchemesAreRefusedInEverySpellingBrowsersRead() {
        assertThat(new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                "java\nscr\ript:alert(1)", "  javascript:alert(1)", "\u0001\u001fjavascript:alert(1)", "vbscript:msgbox(1)",
                "data:text/html,<script>", "file:///etc/passwd", "ftp://example.com/", "x-unknown:y", "C:\\secret.txt"})
                .noneMatch(UrlPolicy::allowed);
        assertThat(UrlPolicy.refusedScheme(" Java\tScript:x", false)).contains("javascript");
    }

    @Test
    void dataUrlsAreAllowedForImagesOnly() {
        assertThat(UrlPolicy.allowedImage("data:image/png;base64,iVBOR")).isTrue();
        assertThat(UrlPolicy.allowedImage(" DATA:Image/gif;base64,R0lG")).isTrue();
        assertThat(UrlPolicy.allowed("data:image/png;base64,iVBOR")).isFalse();
        assertThat(UrlPolicy.allowedImage("data:text/html;base64,PHNjcmlwdD4=")).isFalse();
        assertThat(UrlPolicy.allowedImage("javascript:alert(1)")).isFalse();
    }

    @Test
    void docstackReferencesAreNotUrls() {
        assertThat(UrlPolicy.refusedTarget("xref:compute:a.md", false)).isFalse();
        assertThat(UrlPolicy.refusedTarget("api:compute:listServers", false)).isFalse();
        assertThat(UrlPolicy.refusedTarget("javascript:x", false)).isTrue();
    }

    @Test
    void theRefusalNamesTheSchemeAndShortensLongUrls() {
        Diagnostic refused = UrlPolicy.refused("a.md", 3, 4, "link", "data:text/html;base64," + "A".repeat(10_000));
        assertThat(refused.rule()).isEqualTo(Rules.LINK_SCHEME);
        assertThat(refused.isError()).isTrue();
        assertThat(refused.message()).contains("'data:'").hasSizeLessThan(200);
        assertThat(refused.format()).startsWith("a.md:3:4: error [link.scheme] link 'data:text/html");
    }
}
