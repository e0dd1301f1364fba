package io.docstack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;

/**
 * Nothing of a configured folder is left out in silence: what the source stage does not read is
 * counted ({@link ProjectSources#counts}) and told as {@link Rules#SOURCE_SKIPPED} lines, one per
 * folder and severity.
 */
class SkippedFilesTest {

    @TempDir
    Path base;

    private static List<Diagnostic> skipped(Catalog catalog) {
        return catalog.diagnostics().stream().filter(d -> d.rule().equals(Rules.SOURCE_SKIPPED)).toList();
    }

    @Test
    void partialsAndHiddenFilesAreOneInfoLineForTheirFolderWithCounts() {
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", "nav.yml", "- index.md\n",
                "_snippets/a.md", "", "_snippets/deep/b.md", "", "guide/_shared.adoc", "", ".nav.yml", "", "guide/.git/config", "");
        Catalog catalog = Sources.aggregate(TestFiles.site(base, base.resolve("out")).project(TestFiles.project("compute", docs)).build());

        assertThat(skipped(catalog)).extracting(Diagnostic::severity, Diagnostic::file, Diagnostic::message).containsExactly(tuple(
                Severity.INFO, "docs", "5 files are not read: 3 under a name starting with '_' (include-only): _snippets/ 2, "
                        + "guide/_shared.adoc; 2 hidden (a name starting with '.'): .nav.yml, guide/.git/ 1"));
        assertThat(catalog.counts()).isEqualTo(new ProjectSources.Counts(2, 5));
    }

    @Test
    void aFolderWhoseFilesAreAllReadHasNoLine() {
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", "img/a.png", "png");
        Catalog catalog = Sources.aggregate(TestFiles.site(base, base.resolve("out")).project(TestFiles.project("compute", docs)).build());

        assertThat(catalog.diagnostics()).isEmpty();
        assertThat(catalog.counts()).isEqualTo(new ProjectSources.Counts(2, 0));
    }

    @Test
    void filesThatLookLikePagesOfAnotherFormatAreAWarningAndStillCopied() {
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", "api/servers.rst", "Servers\n=======\n",
                "api/flavors.rst", "", "intro.mdx", "# MDX\n", "notes.txt", "plain text is an asset");
        Catalog catalog = Sources.aggregate(TestFiles.site(base, base.resolve("out")).project(TestFiles.project("compute", docs)).build());

        assertThat(skipped(catalog)).extracting(Diagnostic::severity, Diagnostic::message).containsExactly(tuple(Severity.WARNING,
                "3 files that look like pages are not read as one: 3 not Markdown or AsciiDoc, so they are copied as they are: "
                        + "api/ 2, intro.mdx"));
        assertThat(catalog.projects().get(0).assets()).extracting(f -> f.path().value())
                .containsExactly("api/flavors.rst", "api/servers.rst", "intro.mdx", "notes.txt");
        assertThat(catalog.counts()).isEqualTo(new ProjectSources.Counts(5, 0));
    }

    @Test
    void includesThatSpellTheUnderscoreTakeAFolderInAndExcludesLeaveFilesOut() {
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", "_collections/posts/a.md", "# A\n",
                "_partials/p.adoc", "", "drafts/later.md", "", "guide/b.md", "");
        ProjectConfig project = TestFiles.project("compute", docs).withFiles(List.of("**", "_collections/**"), List.of("drafts/**"));
        Catalog catalog = Sources.aggregate(TestFiles.site(base, base.resolve("out")).project(project).build());

        assertThat(catalog.pages()).extracting(f -> f.path().value()).containsExactly("_collections/posts/a.md", "guide/b.md", "index.md");
        assertThat(skipped(catalog)).extracting(Diagnostic::message).containsExactly("2 files are not read: 1 matched by <excludes>: "
                + "drafts/ 1; 1 under a name starting with '_' (include-only): _partials/ 1");
    }

    @Test
    void includesNarrowTheFilesReadButNotTheNavigationFile() {
        Path docs = TestFiles.write(base.resolve("docs"), "nav.yml", "- guide/a.md\n", "guide/a.md", "# A\n", "other/b.md", "");
        ProjectConfig project = TestFiles.project("compute", docs).withFiles(List.of("guide/"), null);
        Catalog catalog = Sources.aggregate(TestFiles.site(base, base.resolve("out")).project(project).build());

        assertThat(catalog.pages()).extracting(f -> f.path().value()).containsExactly("guide/a.md");
        assertThat(catalog.projects().get(0).nav()).isNotNull();
        assertThat(skipped(catalog)).extracting(Diagnostic::message).containsExactly("1 file is not read: 1 not matched by <includes>: other/ 1");
    }

    @Test
    void aRescanCountsAgainWhenAFileComesIntoALeftOutFolder() throws Exception {
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", "_snippets/a.md", "");
        SiteConfig config = TestFiles.site(base, base.resolve("out")).project(TestFiles.project("compute", docs)).build();
        Catalog before = Sources.aggregate(config);

        Path added = TestFiles.write(docs, "_snippets/b.md", "").resolve("_snippets/b.md").toAbsolutePath().normalize();
        Catalog after = Sources.rescan(config, before, Set.of(added));

        assertThat(skipped(after)).extracting(Diagnostic::message)
                .containsExactly("2 files are not read: 2 under a name starting with '_' (include-only): _snippets/ 2");
        assertThat(after.counts()).isEqualTo(new ProjectSources.Counts(1, 2));
        assertThat(after).isEqualTo(Sources.aggregate(config));
    }

    /**
     * An Antora content root holding what Antora does not read. Antora 3.1.10 builds this fixture
     * with no message (at {@code --log-failure-level=warn}) and publishes only {@code index.html},
     * {@code guide.html} and {@code _images/logo.svg}: it ignores {@code README.adoc} (outside
     * {@code modules/}), {@code pages/notes.md} and {@code pages/data.json} (not {@code .adoc}),
     * {@code images/LICENSE} (no extension), {@code drafts/} (no family), the unlisted
     * {@code modules/extra/nav.adoc} and {@code .asciidoctorconfig} (hidden), and reads
     * {@code pages/_shared.adoc} and {@code partials/note.adoc} only to include them.
     */
    @Test
    void anAntoraRootCountsWhatAntoraDoesNotReadAndWarnsOnlyOfAPageThatIsNotAdoc() {
        TestFiles.copyResource("skipped/antora-root", base.resolve("skip"));
        Catalog catalog = Sources.aggregate(TestFiles.site(base, base.resolve("out")).antoraSource(Path.of("skip")).build());

        assertThat(catalog.projects().get(0).files()).extracting(f -> f.path().value())
                .containsExactly("_images/logo.svg", "guide.adoc", "index.adoc");
        assertThat(skipped(catalog)).extracting(Diagnostic::severity, Diagnostic::file, Diagnostic::message).containsExactly(
                tuple(Severity.WARNING, "skip", "1 file that looks like a page is not read as one: "
                        + "1 in pages/ but not .adoc, so Antora ignores them: modules/ROOT/pages/ 1"),
                tuple(Severity.INFO, "skip", "6 files are not read: 1 hidden (a name starting with '.'): modules/ROOT/.asciidoctorconfig; "
                        + "1 outside modules/: README.adoc; "
                        + "2 in no family folder (pages, partials, examples, images, attachments): modules/ROOT/drafts/ 1, modules/extra/nav.adoc; "
                        + "1 in pages/ but not .adoc: modules/ROOT/pages/ 1; "
                        + "1 images or attachments without an extension: modules/ROOT/images/ 1"));
        assertThat(catalog.counts()).isEqualTo(new ProjectSources.Counts(7, 7));
    }
}
