package io.docstack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.docstack.model.SitePath;

class RequestPathsTest {

    @Test
    void pathsAskForSitePathsAndFoldersForTheirIndex() {
        assertThat(RequestPaths.of("/")).contains(SitePath.of("index.html"));
        assertThat(RequestPaths.of("/compute/2.4/")).contains(SitePath.of("compute/2.4/index.html"));
        assertThat(RequestPaths.of("/compute/2.4/guide/launch.html")).contains(SitePath.of("compute/2.4/guide/launch.html"));
        assertThat(RequestPaths.of("/guide/caf%C3%A9.html")).contains(SitePath.of("guide/café.html"));
        assertThat(RequestPaths.of("/a%20b.html")).contains(SitePath.of("a b.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "index.html", "//etc/passwd", "/../etc/passwd", "/a/../../etc/passwd", "/a/./b.html",
            "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/x", "/a/..%2fb", "/a%2Fb", "/%5c..%5cwin.ini", "/a\\b", "/a%00.html",
            "/a%", "/a%g0", "/%C3", "/%FF%FE", "/a/..", "/.."})
    void escapesAndTricksAreRefused(String raw) {
        assertThat(RequestPaths.of(raw)).as(raw).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%C0%AE%C0%AE/etc/passwd", "/%C0%AF", "/%E0%80%AE", "/%C1%9C", "/%ED%A0%80", "/%F8%88%80%80%80",
            "/%F4%90%80%80", "/%u002e%u002e/x", "/%%32%65", "/%2", "/a%C3"})
    void overlongAndMalformedEscapesAreRefused(String raw) {
        assertThat(RequestPaths.of(raw)).as(raw).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%0a", "/a%0d%0aSet-Cookie:%20x", "/a%09.html", "/%7f", "/a\u0001b", "/%1b[31m.html", "/a\nb",
            "/%C2%85", "/a\u2028b"})
    void controlCharactersAreRefused(String raw) {
        assertThat(RequestPaths.of(raw)).as(raw).isEmpty();
    }

    @Test
    void charactersBeyondTheBasicPlaneBesideAnEscapeAreKept() {
        assertThat(RequestPaths.of("/a%20\uD83D\uDE00.html")).contains(SitePath.of("a \uD83D\uDE00.html"));
        assertThat(RequestPaths.of("/%F0%9F%98%80/\u00e9.html")).contains(SitePath.of("\uD83D\uDE00/\u00e9.html"));
        assertThat(RequestPaths.of("/a%20\uD83D.html")).as("a lone surrogate").isEmpty();
    }

    @Test
    void aLongPathIsReadInLinearTime() {
        String deep = "/" + "a/".repeat(200_000) + "b.html";
        String escaped = "/" + "%61".repeat(300_000) + ".html";
        long start = System.nanoTime();
        assertThat(RequestPaths.of(deep)).isPresent();
        assertThat(RequestPaths.of(escaped)).contains(SitePath.of("a".repeat(300_000) + ".html"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void noInputLeavesTheSite() {
        Random random = new Random(42);
        String alphabet = "/.%2e5cF0a\\:~?#D8\n";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder raw = new StringBuilder("/");
            for (int n = random.nextInt(12); n > 0; n--) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            RequestPaths.of(raw.toString()).ifPresent(path -> {
                assertThat(path.segments()).doesNotContain("..", ".", "");
                assertThat(path.value()).doesNotStartWith("/").doesNotContain("\\", "\0").doesNotContainPattern("\\p{Cntrl}");
            });
        }
    }
}
