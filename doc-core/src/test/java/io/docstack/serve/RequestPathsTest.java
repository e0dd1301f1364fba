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

    @Test
    void noInputLeavesTheSite() {
        Random random = new Random(42);
        String alphabet = "/.%2e5cF0a\\:~?#";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder raw = new StringBuilder("/");
            for (int n = random.nextInt(12); n > 0; n--) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            RequestPaths.of(raw.toString()).ifPresent(path -> {
                assertThat(path.segments()).doesNotContain("..", ".", "");
                assertThat(path.value()).doesNotStartWith("/").doesNotContain("\\", "\0");
            });
        }
    }
}
