package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class UrisTest {

    @Test
    void keepsUnreservedCharactersAndSlashes() {
        assertThat(Uris.escapePath("docs-site/a_b.c~d/E9.md")).isEqualTo("docs-site/a_b.c~d/E9.md");
    }

    @Test
    void percentEncodesEverythingElseAsUtf8() {
        assertThat(Uris.escapePath("a b/ü%#?:[]@!$&'()*+,;=.md"))
                .isEqualTo("a%20b/%C3%BC%25%23%3F%3A%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D.md");
        assertThat(Uris.escapePath("😀.md")).isEqualTo("%F0%9F%98%80.md");
    }

    @Test
    void escapedPathsParseBackToTheOriginal() {
        String path = "docs/a b/ü%#?:.md";
        assertThat(URI.create(Uris.escapePath(path)).getPath()).isEqualTo(path);
    }

    @Test
    void absolutePathsBecomeFileUris() {
        assertThat(Uris.fileUri("/tmp/a b.json")).isEqualTo("file:///tmp/a%20b.json");
        assertThat(Uris.fileUri("C:\\ci\\b.json")).isEqualTo("file:///C%3A/ci/b.json");
    }
}
