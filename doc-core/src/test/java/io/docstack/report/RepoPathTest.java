package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RepoPathTest {

    @Test
    void prependsTheNormalisedPrefix() {
        assertThat(RepoPath.withPrefix("").path("a/b.md")).isEqualTo("a/b.md");
        assertThat(RepoPath.withPrefix(".").path("a/b.md")).isEqualTo("a/b.md");
        assertThat(RepoPath.withPrefix("docs-site").path("a/b.md")).isEqualTo("docs-site/a/b.md");
        assertThat(RepoPath.withPrefix("docs-site/").path("a/b.md")).isEqualTo("docs-site/a/b.md");
        assertThat(RepoPath.withPrefix("./sites\\docs\\").path("a/b.md")).isEqualTo("sites/docs/a/b.md");
        assertThat(RepoPath.withPrefix("/docs/").path("a/b.md")).isEqualTo("docs/a/b.md");
    }

    @Test
    void leavesAbsolutePathsAlone() {
        assertThat(RepoPath.withPrefix("docs/").path("/tmp/baseline.json")).isEqualTo("/tmp/baseline.json");
        assertThat(RepoPath.withPrefix("docs/").path("C:\\ci\\baseline.json")).isEqualTo("C:\\ci\\baseline.json");
        assertThat(RepoPath.isAbsolute("c:/x")).isTrue();
        assertThat(RepoPath.isAbsolute("c.md")).isFalse();
    }

    @Test
    void refusesAPrefixOutsideTheRepository() {
        assertThatIllegalArgumentException().isThrownBy(() -> RepoPath.withPrefix("../elsewhere"));
        assertThatIllegalArgumentException().isThrownBy(() -> RepoPath.withPrefix("docs/../../x"));
    }
}
