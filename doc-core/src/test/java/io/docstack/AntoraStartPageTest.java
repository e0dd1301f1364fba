package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;

/** The {@code ROOT} component, published at the site root, and the site's start page. */
class AntoraStartPageTest {

    @TempDir
    Path out;

    /**
     * {@code antora/root-component}, which Antora 3.1.10 builds with no warning with
     * {@code site.start_page: comp::index.adoc}: the component named {@code ROOT} (version
     * {@code ~}) has its pages at the site root ({@code home.html}, linked from
     * {@code comp/1.0/index.html} as {@code ../../home.html}), and the site's {@code index.html} is
     * the redirect to the start page in {@code antora/root-component-expected/index.html}.
     */
    @Test
    void theRootComponentIsAtTheSiteRootAndTheSiteIndexSendsToTheStartPage() {
        SiteConfig config = TestFiles.site(TestFiles.resource("antora/root-component"), out)
                .antoraSource(Path.of("root")).antoraSource(Path.of("comp")).startPage("comp::index.adoc").build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(TestFiles.read(out.resolve("home.html"))).contains("href=\"comp/1.0/index.html\"");
        assertThat(TestFiles.read(out.resolve("comp/1.0/index.html"))).contains("href=\"../../home.html\"");
        assertThat(TestFiles.read(out.resolve("index.html")))
                .isEqualTo(TestFiles.read(TestFiles.resource("antora/root-component-expected/index.html")));
    }

    /** As in Antora, the ROOT component's unversioned {@code index.adoc} is the site's {@code index.html}. */
    @Test
    void theRootComponentsIndexPageIsTheSiteHome() {
        Path base = out.resolve("src");
        TestFiles.write(base.resolve("root"), "antora.yml", "name: ROOT\nversion: ~\n",
                "modules/ROOT/pages/index.adoc", "= Welcome\n\nThe home of the site.\n");
        SiteConfig config = TestFiles.site(base, out.resolve("site")).antoraSource(Path.of("root")).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(TestFiles.read(out.resolve("site/index.html"))).contains("The home of the site.");
    }
}
