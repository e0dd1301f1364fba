package io.docstack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;

class SourcesTest {

    @TempDir
    Path base;

    private Catalog aggregate(ProjectConfig... projects) {
        var config = TestFiles.site(base, base.resolve("out"));
        for (ProjectConfig project : projects) {
            config.project(project);
        }
        return Sources.aggregate(config.build());
    }

    @Test
    void listsPagesAssetsAndTheNavigationFileSortedByPath() {
        Path docs = TestFiles.write(base.resolve("docs"), "b.md", "", "a/c.adoc", "", "img/x.png", "", "nav.yml", "- b.md\n",
                "a/nav.yml", "not the navigation: only the root's counts");
        ProjectSources project = aggregate(TestFiles.project("compute", docs)).projects().get(0);
        assertThat(project.files()).extracting(f -> f.path().value(), SourceFile::kind).containsExactly(
                tuple("a/c.adoc", SourceFile.Kind.ASCIIDOC), tuple("a/nav.yml", SourceFile.Kind.ASSET),
                tuple("b.md", SourceFile.Kind.MARKDOWN), tuple("img/x.png", SourceFile.Kind.ASSET));
        assertThat(project.nav().path()).isEqualTo(SitePath.of("nav.yml"));
        assertThat(project.pages()).extracting(SourceFile::output).containsExactly(SitePath.of("a/c.html"), SitePath.of("b.html"));
        assertThat(project.file(SitePath.of("b.md"))).get().extracting(SourceFile::displayPath).isEqualTo("docs/b.md");
    }

    @Test
    void anAssetPastMaxAssetBytesIsLeftOutWithAnErrorAndThePagesStay() {
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", "big.pdf", "x".repeat(5_000),
                "small.png", "x".repeat(4_096));
        var config = TestFiles.site(base, base.resolve("out")).limits(io.docstack.config.Limits.DEFAULTS.withAssetBytes(4_096))
                .project(TestFiles.project("compute", docs)).build();

        Catalog catalog = Sources.aggregate(config);

        assertThat(catalog.projects().get(0).files()).extracting(f -> f.path().value()).containsExactly("index.md", "small.png");
        assertThat(catalog.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::message).containsExactly(
                tuple("docs/big.pdf", Rules.SOURCE_LIMIT,
                        "asset is 5000 bytes, more than maxAssetBytes (4096); it is not copied into the site"));
    }

    /** The source name fits the disk (255 bytes); its page, {@code .html}, would not: the site path counts. */
    @Test
    void aPageWhoseOutputNameIsTooLongForAFileSystemIsLeftOutWithAnError() {
        String name = "é".repeat(126) + ".md";
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", name, "# Long\n", "ok.png", "");

        Catalog catalog = aggregate(TestFiles.project("compute", docs));

        assertThat(catalog.projects().get(0).files()).extracting(f -> f.path().value()).containsExactly("index.md", "ok.png");
        assertThat(catalog.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::message).containsExactly(
                tuple("docs/" + name, Rules.SOURCE_READ, "a folder or file name of its place in the site is 257 bytes long"
                        + " (UTF-8), more than the 255 a file system allows; it is left out of the site"));
    }

    /** Names and versions are folders of every page's path: capped well below the 255-byte limit. */
    @Test
    void aProjectNameOrVersionOfMoreThan100CharactersIsRefused() {
        Path docs = base.resolve("docs");
        assertThat(TestFiles.project("a".repeat(100), docs).name()).hasSize(100);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> TestFiles.project("a".repeat(101), docs)).withMessageContaining("at most 100");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProjectConfig("a", null, null, "1".repeat(101), docs, null))
                .withMessageContaining("at most 100");
    }

    @Test
    void anAntoraComponentVersionOfMoreThan100CharactersIsAConfigurationError() {
        Path docs = TestFiles.write(base.resolve("docs"), "antora.yml", "name: a\nversion: '" + "1".repeat(101) + "'\n",
                "modules/ROOT/pages/index.adoc", "= A\n");

        Catalog catalog = Sources.aggregate(TestFiles.site(base, base.resolve("out")).antoraSource(docs).build());

        assertThat(catalog.diagnostics()).extracting(Diagnostic::rule, Diagnostic::message).contains(tuple(Rules.CONFIG_PROJECT,
                "version '" + "1".repeat(101) + "' of component 'a' is not at most 100 letters, digits, '.', '-' or '_'"));
    }

    @Test
    void aRescanListsAgainOnlyTheProjectsWhereFilesCameOrWent() throws Exception {
        Path compute = TestFiles.write(base.resolve("compute"), "a.md", "", "b.md", "");
        Path network = TestFiles.write(base.resolve("network"), "n.md", "");
        var config = TestFiles.site(base, base.resolve("out")).project(TestFiles.project("compute", compute))
                .project(TestFiles.project("network", network)).build();
        Catalog before = Sources.aggregate(config);

        // an edit to a listed file: nothing to list again
        Path a = compute.resolve("a.md").toAbsolutePath().normalize();
        assertThat(Sources.rescan(config, before, java.util.Set.of(a))).isSameAs(before);

        // a new page and a deleted one in compute: compute is listed again, network is kept as it was
        TestFiles.write(compute, "c.md", "");
        java.nio.file.Files.delete(a);
        Catalog after = Sources.rescan(config, before, java.util.Set.of(a, compute.resolve("c.md").toAbsolutePath().normalize()));
        assertThat(after.projects().get(0).pages()).extracting(f -> f.path().value()).containsExactly("b.md", "c.md");
        assertThat(after.projects().get(1)).isSameAs(before.projects().get(1));
        assertThat(after).isEqualTo(Sources.aggregate(config));
    }

    @Test
    void hiddenFilesAndPartialsAreNotPartOfTheSite() {
        Path docs = TestFiles.write(base.resolve("docs"), "page.md", "", ".hidden.md", "", "_partials/part.md", "",
                "guide/.git/config", "", "guide/_snippet.adoc", "");
        assertThat(aggregate(TestFiles.project("compute", docs)).pages()).extracting(f -> f.path().value())
                .containsExactly("page.md");
    }

    @Test
    void aMissingDocsFolderOrADuplicateProjectIsAConfigurationProblem() {
        Path docs = TestFiles.write(base.resolve("docs"), "a.md", "");
        Catalog catalog = aggregate(TestFiles.project("compute", docs), TestFiles.project("compute", docs),
                TestFiles.project("net", base.resolve("missing")));
        assertThat(catalog.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file).containsExactly(
                tuple(Rules.CONFIG_PROJECT, "docs"), tuple(Rules.CONFIG_PROJECT, "missing"));
        assertThat(catalog.projects()).extracting(p -> p.config().name()).containsExactly("compute", "net");
        assertThat(catalog.projects().get(1).files()).isEmpty();
    }

    @Test
    void twoSourcesForOneOutputKeepTheFirstByPath() {
        Path docs = TestFiles.write(base.resolve("docs"), "a.md", "", "a.markdown", "");
        Catalog catalog = aggregate(TestFiles.project("compute", docs));
        assertThat(catalog.pages()).extracting(f -> f.path().value()).containsExactly("a.markdown");
        assertThat(catalog.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line)
                .containsExactly(tuple(Rules.OUTPUT_CONFLICT, "docs/a.md", 0));
    }

    @Test
    void aVersionWithoutTheRequestedLabelFallsBackToTheFirstConfigured() {
        Path docs = TestFiles.write(base.resolve("docs"), "a.md", "");
        Catalog catalog = aggregate(new ProjectConfig("net", null, null, "2.0", docs, null),
                new ProjectConfig("net", null, null, "1.0", docs, null));
        assertThat(catalog.project("net", "1.0").orElseThrow().config().version()).isEqualTo("1.0");
        assertThat(catalog.project("net", "9.9").orElseThrow().config().version()).isEqualTo("2.0");
        assertThat(catalog.project("other", "1.0")).isEmpty();
    }
}
