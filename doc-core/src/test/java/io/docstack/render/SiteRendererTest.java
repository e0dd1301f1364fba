package io.docstack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.link.Linker;
import io.docstack.model.Page;
import io.docstack.model.SitePath;
import io.docstack.nav.Navigator;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;

/**
 * What the render stage gives templates, through a theme whose page template prints it plainly:
 * breadcrumbs, previous/next, navigation marking, and link placeholders swapped for URLs. The
 * rules are those of the user guide (docs/guide/navigation.md).
 */
class SiteRendererTest {

    /** One field per record, records separated by '¶' (the engine trims newlines after tags). */
    private static final String PAGE_TEMPLATE = "crumbs:{% for c in breadcrumbs %}[{{ c.title }}|{{ c.url }}]{% endfor %}¶"
            + "prev:{{ prev.url }} next:{{ next.url }}¶"
            + "nav:{{ navHtml | raw }}¶"
            + "content:{{ page.content | raw }}¶";
    private static final String NAV_TEMPLATE = "{% for i in items %}<a href=\"{{ i.url }}\" data-nav=\"{{ i.id }}\">{{ i.title }}</a>"
            + "{% for c in i.children %}<a href=\"{{ c.url }}\" data-nav=\"{{ c.id }}\">{{ c.title }}</a>{% endfor %}{% endfor %}";

    @TempDir
    Path base;
    private final Map<String, String> written = new TreeMap<>();

    @BeforeEach
    void renderSite() {
        Path docs = TestFiles.write(base.resolve("docs"),
                "index.md", "# Home\n\nSee [a](guide/a.md#top).\n",
                "guide/a.md", "# A\n\n## Top\n",
                "guide/b.md", "# B\n",
                "unlisted.md", "# Unlisted\n",
                "nav.yml", "- index.md\n- title: Guide\n  items:\n    - guide/a.md\n    - guide/b.md\n");
        Path theme = TestFiles.write(base.resolve("theme"), "templates/page.peb", PAGE_TEMPLATE,
                "templates/nav.peb", NAV_TEMPLATE);
        SiteConfig config = TestFiles.site(base, base.resolve("out")).themeDir(theme)
                .project(TestFiles.project("compute", docs)).build();
        Catalog catalog = Sources.aggregate(config);
        ConvertedSite site = Converter.convert(catalog, config.limits(), 1);
        SiteRenderer renderer = new SiteRenderer(config, catalog, site, Linker.resolve(catalog, site),
                Navigator.build(catalog, site, config.limits()));
        for (Page page : site.pages()) {
            renderer.renderPage(page, (path, content) -> written.put(path.value(), new String(content)));
        }
        renderer.renderSiteFiles((path, content) -> written.put(path.value(), new String(content)));
    }

    private String line(String page, String prefix) {
        return java.util.Arrays.stream(written.get(page).split("¶")).filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + written.get(page)));
    }

    @Test
    void theHomePageHasOnlyTheProjectCrumb() {
        assertThat(line("compute/1.0/index.html", "crumbs:")).isEqualTo("crumbs:[Compute|]");
    }

    @Test
    void aListedPageHasTheProjectItsSectionsAndItself() {
        assertThat(line("compute/1.0/guide/b.html", "crumbs:")).isEqualTo("crumbs:[Compute|../index.html][Guide|][B|]");
    }

    @Test
    void anUnlistedPageHasTheProjectAndItselfAndNoNeighbours() {
        assertThat(line("compute/1.0/unlisted.html", "crumbs:")).isEqualTo("crumbs:[Compute|index.html][Unlisted|]");
        assertThat(line("compute/1.0/unlisted.html", "prev:")).isEqualTo("prev: next:");
    }

    @Test
    void previousAndNextFollowTheReadingOrderAndSkipSections() {
        assertThat(line("compute/1.0/index.html", "prev:")).isEqualTo("prev: next:guide/a.html");
        assertThat(line("compute/1.0/guide/a.html", "prev:")).isEqualTo("prev:../index.html next:b.html");
        assertThat(line("compute/1.0/guide/b.html", "prev:")).isEqualTo("prev:a.html next:");
    }

    @Test
    void theCurrentPageIsMarkedInTheNavigationWithUrlsRelativeToThePage() {
        assertThat(line("compute/1.0/guide/a.html", "nav:")).isEqualTo("nav:"
                + "<a href=\"../index.html\" data-nav=\"n1\">Home</a>"
                + "<a href=\"\" data-nav=\"n2\">Guide</a>"
                + "<a href=\"a.html\" data-nav=\"n3\" aria-current=\"page\">A</a>"
                + "<a href=\"b.html\" data-nav=\"n4\">B</a>");
        // Same folder, same cached navigation, another current page.
        assertThat(line("compute/1.0/guide/b.html", "nav:")).contains("data-nav=\"n4\" aria-current=\"page\"")
                .doesNotContain("data-nav=\"n3\" aria-current");
    }

    @Test
    void linkPlaceholdersBecomeUrls() {
        assertThat(line("compute/1.0/index.html", "content:")).doesNotContain("docstack-link:");
        assertThat(written.get("compute/1.0/index.html")).contains("<a href=\"guide/a.html#top\">a</a>");
    }

    @Test
    void siteFilesAndThemeAssetsAreWritten() {
        assertThat(written).containsKeys("index.html", "404.html");
        assertThat(written.keySet()).anyMatch(k -> k.startsWith(SiteRenderer.ASSETS + "/"));
        assertThat(SitePath.of("compute/1.0/guide/a.html").depth()).isEqualTo(3);
    }
}
