package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;

/**
 * AsciiDoc attributes of Antora content as Antora assigns them, on the fixture
 * {@code antora/attributes}: its {@code playbook.yml} (site title, URL and three attributes, given
 * here as the POM gives them) builds with Antora 3.1.10 with no warning
 * ({@code runtime.log.failure_level: warn}), and the texts asserted below are Antora's output.
 */
class AntoraAttributesTest {

    @TempDir
    Path out;

    private BuildResult build() {
        SiteConfig config = TestFiles.site(TestFiles.resource("antora/attributes"), out).title("Probe Site")
                .siteUrl("https://example.org/docs").antoraSource(Path.of("docs"))
                .attribute("site-hard", "site").attribute("site-soft", "site@").attribute("site-false", "false")
                .build();
        return Docstack.build(config);
    }

    private Document page(String path) {
        return Jsoup.parse(TestFiles.read(out.resolve("probe/1.0/" + path)));
    }

    @Test
    void falseUnsetsSoftlyTildeAndEmptyUnsetHardAndTheSitesHardValuesWin() {
        BuildResult result = build();

        assertThat(result.diagnostics()).isEmpty();
        Document index = page("index.html");
        // table-caption: false — no "false 1." before the title; example-caption: false, then set by the page.
        assertThat(index.select("table caption").text()).isEqualTo("Numbered by no caption");
        assertThat(index.select(".exampleblock .title").text()).isEqualTo("PageExample 1. An example");
        assertThat(index.select(".values p").text()).isEqualTo("bool-true=[true] count=[3] soft-value=[page] "
                + "site-hard=[site] site-soft=[component] site-false=[component] from-site=[x-site-y] page-may=[page] "
                + "page-may-not=[component]");
        assertThat(index.text()).contains("empty-value-unset hard-null-unset").doesNotContain("-set");
    }

    @Test
    void everyPageGetsAntorasIntrinsicAttributesAndItsConditionalsComeOutAsInAntora() {
        BuildResult result = build();

        assertThat(result.diagnostics()).isEmpty();
        Document index = page("index.html");
        assertThat(index.select(".intrinsic p").text()).isEqualTo("env=[site] env-site=[] site-gen=[antora] "
                + "site-gen-antora=[] site-title=[Probe Site] site-url=[https://example.org/docs] page-component-name=[probe] "
                + "page-component-version=[1.0] page-component-display-version=[1.0] page-component-title=[Probe] "
                + "page-module=[ROOT] page-relative-src-path=[index.adoc] page-version=[1.0]");
        // The ifndef::site-gen-antora[] block is out, with its broken xref and <<nowhere>>; ifdef::env-site[] is in.
        assertThat(index.getElementById("local-only")).isNull();
        assertThat(index.select("h2").eachText()).containsExactly("On the site");
        assertThat(page("more/topics.html").select("p").text())
                .contains("Relative source path: more/topics.adoc, module ROOT.");
    }

    @Test
    void pagesOfDocstacksOwnLayoutAreOfASiteButNotOfAntora() {
        Path docs = TestFiles.write(out.resolve("src"), "page.adoc", "= Page\n\n"
                + "ifdef::env-site[site-env]\nifdef::site-gen-docstack[docstack-gen]\n"
                + "ifdef::site-gen-antora[antora-gen]\nenv=[{env}] site-gen=[{site-gen}]\n");
        Docstack.build(TestFiles.site(out, out.resolve("site")).project(TestFiles.project("own", docs)).build());

        assertThat(Jsoup.parse(TestFiles.read(out.resolve("site/own/1.0/page.html"))).select("article p, main p").text())
                .contains("site-env docstack-gen env=[site] site-gen=[docstack]").doesNotContain("antora-gen");
    }
}
