package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;

/** An unversioned component ({@code version: ~}) as Antora publishes it. */
class AntoraUnversionedTest {

    @TempDir
    Path out;

    /**
     * {@code antora/unversioned}, which Antora 3.1.10 builds with no warning (its playbook): the
     * unversioned component {@code tools} is published at {@code tools/index.html}, with no version
     * folder; {@code other/1.0/index.html} links to it as {@code ../../tools/index.html}, both by
     * {@code tools::index.adoc} and by {@code _@tools::index.adoc} ({@code _} is the version
     * keyword of an unversioned component in a resource id), and its own links reach
     * {@code ../other/1.0/index.html}. Antora shows its version as {@code default}; its
     * {@code page-component-version} and {@code page-version} are empty ({@code Version: [] []}).
     */
    @Test
    void anUnversionedComponentIsPublishedWithoutAVersionFolder() {
        SiteConfig config = TestFiles.site(TestFiles.resource("antora/unversioned"), out)
                .antoraSource(Path.of("tools")).antoraSource(Path.of("other")).startPage("other::index.adoc").build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(TestFiles.read(out.resolve("tools/index.html")))
                .contains("href=\"../other/1.0/index.html\">Other</a>", "href=\"index.html\">self by _</a>")
                .contains("<span class=\"ds-version\">default</span>", "Version: [] []").doesNotContain("/_/", ">_<");
        assertThat(TestFiles.read(out.resolve("other/1.0/index.html")))
                .contains("href=\"../../tools/index.html\">Tools</a>", "href=\"../../tools/index.html\">tools by _</a>");
        assertThat(out.resolve("tools/current")).doesNotExist();
    }
}
