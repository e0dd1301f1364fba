package io.docstack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathGlobTest {

    @Test
    void wildcardsMatchNamesAndFoldersAsAntPatternsDo() {
        assertThat(PathGlob.of("**").matches("a.md")).isTrue();
        assertThat(PathGlob.of("**").matches("guide/deep/a.md")).isTrue();
        assertThat(PathGlob.of("**/*.md").matches("guide/a.md")).isTrue();
        assertThat(PathGlob.of("**/*.md").matches("a.md")).isTrue();
        assertThat(PathGlob.of("**/*.md").matches("a.adoc")).isFalse();
        assertThat(PathGlob.of("guide/*.md").matches("guide/deep/a.md")).isFalse();
        assertThat(PathGlob.of("guide/**/a.md").matches("guide/a.md")).isTrue();
        assertThat(PathGlob.of("guide/").matches("guide/deep/a.md")).isTrue();
        assertThat(PathGlob.of("?.md").matches("ab.md")).isFalse();
        assertThat(PathGlob.of("a+b.md").matches("a+b.md")).isTrue();
    }

    @Test
    void aWildcardNeverMatchesTheLeadingUnderscoreOrDotOfAName() {
        assertThat(PathGlob.of("**").matches("_partials/a.adoc")).isFalse();
        assertThat(PathGlob.of("**").matches("guide/.git/config")).isFalse();
        assertThat(PathGlob.of("**/*.md").matches("_llm-test.md")).isFalse();
        assertThat(PathGlob.of("*").matches(".nav.yml")).isFalse();
        assertThat(PathGlob.of("**/a_b.md").matches("x/a_b.md")).isTrue();
    }

    @Test
    void aPatternThatSpellsTheUnderscoreTakesThatFolderIn() {
        assertThat(PathGlob.of("_collections/**").matches("_collections/posts/a.md")).isTrue();
        assertThat(PathGlob.of("_collections/**").matches("_collections/_draft.md")).isFalse();
        assertThat(PathGlob.of("**/_*.md").matches("guide/_shared.md")).isTrue();
        assertThat(PathGlob.of("**/.nav.yml").matches("blog/.nav.yml")).isTrue();
    }

    @Test
    void aPatternThatCannotMatchInsideTheDocsFolderIsRefused() {
        for (String bad : new String[] {"", " ", "/abs/**", "../up/**", "a/../b", "a\\b"}) {
            assertThatThrownBy(() -> PathGlob.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("relative path inside the docs folder");
        }
    }
}
