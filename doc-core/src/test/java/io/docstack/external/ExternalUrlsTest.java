package io.docstack.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.URISyntaxException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalUrlsTest {

    @Test
    void onlyHttpAndHttpsAreWebLinks() {
        assertThat(Urls.isWeb("https://example.org")).isTrue();
        assertThat(Urls.isWeb("HTTP://example.org")).isTrue();
        assertThat(Urls.isWeb("mailto:a@example.org")).isFalse();
        assertThat(Urls.isWeb("ftp://example.org")).isFalse();
        assertThat(Urls.isWeb("../guide/install.md")).isFalse();
    }

    @Test
    void fragmentIsDropped() {
        assertThat(Urls.withoutFragment("https://example.org/a?b=1#c#d")).isEqualTo("https://example.org/a?b=1");
        assertThat(Urls.withoutFragment("https://example.org/a")).isEqualTo("https://example.org/a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exa mple.org/", "http://", "http:///path", "https:opaque", "https://host:99999999999/"})
    void malformedUrlsAreRejected(String url) {
        assertThatExceptionOfType(URISyntaxException.class).isThrownBy(() -> Urls.parse(url));
    }

    @Test
    void internationalHostNamesAreSentAsPunycode() throws URISyntaxException {
        assertThat(Urls.parse("https://bücher.example/straße?q=1").getHost()).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void redirectTargetsResolveAgainstTheCurrentUrl() {
        URI from = URI.create("https://example.org/docs/a/page");
        assertThat(Urls.redirectTarget(from, "other")).contains(URI.create("https://example.org/docs/a/other"));
        assertThat(Urls.redirectTarget(from, "/root#frag")).contains(URI.create("https://example.org/root"));
        assertThat(Urls.redirectTarget(from, "//cdn.example.net/x")).contains(URI.create("https://cdn.example.net/x"));
        assertThat(Urls.redirectTarget(from, "ftp://example.org/file")).isEmpty();
        assertThat(Urls.redirectTarget(from, "http://bad host/")).isEmpty();
    }
}
