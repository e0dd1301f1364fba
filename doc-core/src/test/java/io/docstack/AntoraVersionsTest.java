package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;

/** Antora's {@code display_version}, {@code prerelease} and the {@code page-component-order} attribute. */
class AntoraVersionsTest {

    @TempDir
    Path out;

    /**
     * {@code antora/versions}, which Antora 3.1.10 builds with no warning (playbook attribute
     * {@code page-component-order: 'zeta, comp, *'}). Antora's UI model has for {@code comp} the
     * versions 2.0 (display "2.0", prerelease), 1.5 (display "1.5-beta", from {@code prerelease: -beta})
     * and 1.0 (display "1.0 LTS"); its latest is 1.0, the newest that is not a prerelease, and
     * {@code xref:comp::index.adoc[]} from {@code alpha} links to {@code ../../comp/1.0/index.html}.
     * Antora's own model keeps components by title; the attribute is for UIs that order by it, as
     * Docstack's landing page does.
     */
    @Test
    void displayVersionsPrereleasesAndComponentOrderAreAsAntoraGivesThem() {
        SiteConfig config = TestFiles.site(TestFiles.resource("antora/versions"), out)
                .antoraSource(Path.of("alpha")).antoraSource(Path.of("comp-1.0")).antoraSource(Path.of("comp-1.5"))
                .antoraSource(Path.of("comp-2.0")).antoraSource(Path.of("zeta"))
                .attribute("page-component-order", "zeta, comp, *").build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(TestFiles.read(out.resolve("alpha/1.0/index.html"))).contains("href=\"../../comp/1.0/index.html\"");
        String latest = TestFiles.read(out.resolve("comp/1.0/index.html"));
        assertThat(latest).contains("<span>1.0 LTS</span> <span class=\"ds-version\">latest</span>",
                "<span>1.5-beta</span> <span class=\"ds-version\">prerelease</span>",
                "<span>2.0</span> <span class=\"ds-version\">prerelease</span>").doesNotContain("ds-version-banner");
        assertThat(TestFiles.read(out.resolve("comp/2.0/index.html"))).contains("Read this in version 1.0 LTS, the latest.");
        String home = TestFiles.read(out.resolve("index.html"));
        assertThat(home.indexOf(">Zeta<")).isPositive().isLessThan(home.indexOf(">Comp<"));
        assertThat(home.indexOf(">Comp<")).isLessThan(home.indexOf(">Alpha<"));
    }
}
