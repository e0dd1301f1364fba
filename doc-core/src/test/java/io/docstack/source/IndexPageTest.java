package io.docstack.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.docstack.model.SitePath;

/** The two answers to "which page stands for its folder", and where they differ. */
class IndexPageTest {

    @Test
    void aFolderLinkMeansIndexOrReadmeMarkdownOnly() {
        assertThat(IndexPage.LINK_TARGETS).containsExactly("index.md", "index.adoc", "README.md");
        assertThat(IndexPage.isLinkTarget("README.adoc")).isFalse();
        assertThat(IndexPage.isLinkTarget("index.markdown")).isFalse();
    }

    @Test
    void anyIndexOrReadmePageHeadsItsFolderInTheNavigation() {
        assertThat(IndexPage.headsFolderInNav(SitePath.of("guide/README.adoc"))).isTrue();
        assertThat(IndexPage.headsFolderInNav(SitePath.of("guide/index.markdown"))).isTrue();
        assertThat(IndexPage.headsFolderInNav(SitePath.of("guide/index.md"))).isTrue();
        assertThat(IndexPage.headsFolderInNav(SitePath.of("guide/readme.md"))).isFalse();
        assertThat(IndexPage.headsFolderInNav(SitePath.of("guide/indexes.md"))).isFalse();
    }
}
