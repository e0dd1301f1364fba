package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;

/**
 * Section ids of Antora pages are Asciidoctor's own ({@code _words_joined_by_underscores}), as
 * Antora leaves them, so that links written for the Antora site resolve; a page or component that
 * sets {@code idprefix}/{@code idseparator} gets its own. Antora 3.1.10 builds this fixture with no
 * problem and writes {@code id="_filtering_by_workspace_name"}, {@code id="ports-and-hosts"} (the
 * page's own settings) and {@code id="_limits"}. (Docstack's own AsciiDoc projects keep
 * GitHub-like ids, as their Markdown pages have.)
 */
class AntoraSectionIdsTest {

    @TempDir
    Path base;

    @Test
    void antoraPagesKeepAsciidoctorsSectionIdsAndTheirOwnSettings() {
        TestFiles.write(base.resolve("docs"),
                "antora.yml", "name: docs\nversion: '1.0'\n",
                "modules/ROOT/pages/mount.adoc", "= Mount\n\n== Filtering by workspace name\n\nText.\n\n== Limits\n",
                "modules/ROOT/pages/ports.adoc", "= Ports\n:idprefix:\n:idseparator: -\n\n== Ports and hosts\n",
                "modules/ROOT/pages/index.adoc", "= Home\n\nSee xref:mount.adoc#_filtering_by_workspace_name[filtering], "
                        + "xref:mount.adoc#_limits[limits] and xref:ports.adoc#ports-and-hosts[ports].\n");
        SiteConfig config = TestFiles.site(base, base.resolve("site")).antoraSource(Path.of("docs")).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(TestFiles.read(config.output().resolve("docs/1.0/mount.html")))
                .contains("id=\"_filtering_by_workspace_name\"", "id=\"_limits\"");
        assertThat(TestFiles.read(config.output().resolve("docs/1.0/ports.html"))).contains("id=\"ports-and-hosts\"");
    }
}
