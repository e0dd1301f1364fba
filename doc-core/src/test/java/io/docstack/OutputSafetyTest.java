package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.publish.OutputFolder;

/**
 * A build replaces its output folder whole, so it must refuse every output that would delete what
 * Docstack did not write, before anything is read or written; and a failing build that must not
 * publish keeps the last good site.
 */
class OutputSafetyTest {

    @TempDir
    Path base;
    private Path docs;
    private Map<String, byte[]> before;

    @BeforeEach
    void aProjectWithItsSources() {
        TestFiles.write(base, "pom.xml", "<project/>", "src/main/java/App.java", "class App {}", ".git/HEAD", "ref: main\n",
                "docs/index.md", "# Home\n\nSee [install](install.md).\n", "docs/install.md", "# Install\n",
                "openapi/compute.yaml", "openapi: 3.0.3\ninfo: {title: c, version: '1'}\npaths: {}\n",
                "theme/templates/README", "theme");
        docs = base.resolve("docs");
        before = TestFiles.tree(base);
    }

    private SiteConfig.Builder site(Path output) {
        return TestFiles.site(base, output).project(TestFiles.project("compute", docs));
    }

    private void assertRefusedAndNothingTouched(SiteConfig config, String why) {
        assertThatThrownBy(() -> Docstack.build(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why).hasMessageContaining("nothing was written or deleted");
        assertThat(TestFiles.tree(base)).containsOnlyKeys(before.keySet());
        assertThat(TestFiles.tree(base)).allSatisfy((path, bytes) -> assertThat(bytes).isEqualTo(before.get(path)));
    }

    @Test
    void anOutputThatIsTheBaseFolderIsRefusedAndNothingIsDeleted() {
        assertRefusedAndNothingTouched(site(base).build(), "is the base folder");
    }

    @Test
    void anOutputGivenAsDotIsTheBaseFolderToo() {
        assertRefusedAndNothingTouched(site(base.resolve(".")).build(), "is the base folder");
    }

    @Test
    void anOutputThatHoldsTheBaseFolderIsRefused() {
        assertRefusedAndNothingTouched(site(base.getParent()).build(), "holds the base folder");
    }

    @Test
    void anOutputThatIsTheDocsFolderIsRefused() {
        assertRefusedAndNothingTouched(site(docs).build(), "is the docs folder of project compute 1.0");
    }

    @Test
    void anOutputInsideTheDocsFolderIsRefused() {
        assertRefusedAndNothingTouched(site(docs.resolve("site")).build(), "lies inside the docs folder");
    }

    /**
     * Antora reads only {@code antora.yml} and {@code modules/} of a content root, so a root that
     * is the repository itself (Eclipse Che's playbook: {@code url: ./}) may hold the build's
     * {@code target/site}; the modules folder and the root itself stay refused.
     */
    @Test
    void anAntoraRootMayHoldTheOutputOutsideItsModulesFolder() {
        TestFiles.write(base, "antora.yml", "name: docs\nversion: '1.0'\n", "modules/ROOT/pages/index.adoc", "= Home\n");
        SiteConfig.Builder antora = TestFiles.site(base, base.resolve("target/site")).antoraSource(base);

        BuildResult result = Docstack.build(antora.build());

        assertThat(result.diagnostics()).noneMatch(io.docstack.model.Diagnostic::isError);
        assertThat(base.resolve("target/site/docs/1.0/index.html")).isRegularFile();
        before = TestFiles.tree(base);
        assertRefusedAndNothingTouched(TestFiles.site(base, base.resolve("modules/site")).antoraSource(base).build(),
                "lies inside the modules folder of the Antora content root");
        TestFiles.write(base, "content/antora.yml", "name: api\nversion: '1.0'\n", "content/modules/ROOT/pages/a.adoc", "= A\n");
        before = TestFiles.tree(base);
        Path content = base.resolve("content");
        assertRefusedAndNothingTouched(TestFiles.site(base, content).antoraSource(content).build(),
                "holds the modules folder of the Antora content root");
    }

    @Test
    void anOutputThatIsTheSpecOrThemeFolderIsRefused() {
        ProjectConfig withSpec = new ProjectConfig("compute", "Compute", null, "1.0", docs, null, null,
                List.of(base.resolve("openapi")));
        assertRefusedAndNothingTouched(TestFiles.site(base, base.resolve("openapi")).project(withSpec).build(),
                "is the spec openapi");
        assertRefusedAndNothingTouched(site(base.resolve("theme")).themeDir(base.resolve("theme")).build(),
                "is the theme folder");
    }

    @Test
    void anOutputWhoseSearchIndexWouldReplaceTheDocsIsRefused() throws IOException {
        Path sources = Files.createDirectories(base.resolve("site-search"));
        Files.move(docs.resolve("index.md"), sources.resolve("index.md"));
        before = TestFiles.tree(base);
        assertRefusedAndNothingTouched(TestFiles.site(base, base.resolve("site"))
                .project(TestFiles.project("compute", sources)).build(), "site-search is the docs folder");
    }

    @Test
    void aSymbolicLinkToTheBaseFolderIsSeenThrough() throws IOException {
        Path link = Files.createSymbolicLink(base.getParent().resolve(base.getFileName() + "-link"), base);
        try {
            assertRefusedAndNothingTouched(site(link).build(), "is the base folder");
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void anExistingFolderDocstackDidNotWriteIsRefused() {
        TestFiles.write(base, "public/notes.txt", "mine");
        before = TestFiles.tree(base);
        assertRefusedAndNothingTouched(site(base.resolve("public")).build(), "Docstack did not write");
    }

    @Test
    void aSiteDocstackWroteIsReplacedAndMarked() {
        Path output = base.resolve("target/site");
        assertThat(Docstack.build(site(output).build()).published()).isTrue();
        assertThat(output.resolve(OutputFolder.MARKER)).isRegularFile();
        assertThat(Docstack.searchIndex(output).resolve(OutputFolder.MARKER)).isRegularFile();
        TestFiles.write(docs, "install.md", "# Install again\n");

        Docstack.build(site(output).build());

        assertThat(TestFiles.read(output.resolve("compute/1.0/install.html"))).contains("Install again");
    }

    @Test
    void aSiteFromBeforeTheMarkerIsRecognisedByItsInventory() {
        Path output = base.resolve("target/site");
        TestFiles.write(output, "docstack-inventory.json", "{}", "index.html", "old");
        TestFiles.write(Docstack.searchIndex(output), "segments_1", "lucene");

        Docstack.build(site(output).build());

        assertThat(TestFiles.read(output.resolve("index.html"))).isNotEqualTo("old");
    }

    @Test
    void aFailingBuildThatMustNotPublishKeepsTheSiteAndLeavesItsOwnBeside() {
        Path output = base.resolve("target/site");
        Docstack.build(site(output).publishOnError(false).build());
        Map<String, byte[]> published = TestFiles.tree(output);
        Map<String, byte[]> index = TestFiles.tree(Docstack.searchIndex(output));
        TestFiles.write(docs, "index.md", "# Home\n\nSee [install](missing.md).\n");

        BuildResult failed = Docstack.build(site(output).publishOnError(false).build());

        assertThat(failed.hasErrors()).isTrue();
        assertThat(failed.published()).isFalse();
        assertThat(failed.site()).isEqualTo(base.resolve("target/site.failed"));
        assertThat(TestFiles.read(failed.site().resolve("compute/1.0/index.html"))).contains("class=\"unresolved\"");
        assertThat(TestFiles.tree(output)).containsOnlyKeys(published.keySet());
        assertThat(TestFiles.read(output.resolve("compute/1.0/index.html"))).doesNotContain("unresolved");
        assertThat(TestFiles.tree(Docstack.searchIndex(output))).containsOnlyKeys(index.keySet());
    }

    @Test
    void aFailingBuildThatMayPublishReplacesTheSite() {
        Path output = base.resolve("target/site");
        TestFiles.write(docs, "index.md", "# Home\n\nSee [install](missing.md).\n");

        BuildResult result = Docstack.build(site(output).build());

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.published()).isTrue();
        assertThat(result.site()).isEqualTo(output);
        assertThat(Docstack.failedSite(output)).doesNotExist();
    }

    @Test
    void aBundleFileThatIsNotABundleOrLiesInAnInputIsRefused() {
        SiteConfig config = site(base.resolve("unused")).build();
        assertThatThrownBy(() -> Docstack.bundle(config, base.resolve("pom.xml")))
                .hasMessageContaining("exists and is not a docs bundle Docstack wrote");
        assertThatThrownBy(() -> Docstack.bundle(config, docs.resolve("docs.zip")))
                .hasMessageContaining("lies inside the docs folder of project compute 1.0");
        assertThatThrownBy(() -> Docstack.bundle(config, docs)).hasMessageContaining("is the docs folder");
        assertThat(TestFiles.tree(base)).containsOnlyKeys(before.keySet());
        assertThat(TestFiles.read(base.resolve("pom.xml"))).isEqualTo("<project/>");
    }

    @Test
    void aBundleDocstackWroteIsReplaced() {
        SiteConfig config = site(base.resolve("unused")).build();
        Path zip = base.resolve("target/compute-docs.zip");
        Docstack.bundle(config, zip);
        TestFiles.write(docs, "install.md", "# Install again\n");

        assertThat(Docstack.bundle(config, zip).bundle()).isEqualTo(zip);
    }
}
