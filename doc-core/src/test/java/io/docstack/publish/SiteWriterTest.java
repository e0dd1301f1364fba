package io.docstack.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.Docstack;
import io.docstack.TestFiles;
import io.docstack.config.SiteConfig;
import io.docstack.model.SitePath;

class SiteWriterTest {

    @TempDir
    Path base;

    private Path oldSite() {
        return TestFiles.write(base.resolve("site"), OutputFolder.MARKER, "", "index.html", "old home",
                "old/only.html", "old page");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Files next to the output folder: only the output itself may remain. */
    private long leftovers() throws Exception {
        try (Stream<Path> files = Files.list(base)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".site.")).count();
        }
    }

    @Test
    void commitReplacesAnExistingSite() throws Exception {
        Path site = oldSite();
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.write(SitePath.of("index.html"), bytes("new home"));
            writer.write(SitePath.of("a/b/c.html"), bytes("deep"));
            writer.copy(SitePath.of("img/logo.png"), TestFiles.write(base.resolve("logo.png"), bytes("PNG")));
            // Nothing is visible before the commit.
            assertThat(TestFiles.read(site.resolve("index.html"))).isEqualTo("old home");
            assertThat(writer.commit()).isEqualTo(site.toAbsolutePath().normalize());
        }
        Map<String, byte[]> tree = TestFiles.tree(site);
        assertThat(tree.keySet()).containsExactly(OutputFolder.MARKER, "a/b/c.html", "img/logo.png", "index.html");
        assertThat(new String(tree.get("index.html"), StandardCharsets.UTF_8)).isEqualTo("new home");
        assertThat(leftovers()).isZero();
    }

    @Test
    void aFolderDocstackDidNotWriteIsNeitherOpenedNorReplaced() throws Exception {
        Path mine = TestFiles.write(base.resolve("site"), "notes.txt", "mine");
        assertThatThrownBy(() -> SiteWriter.open(mine)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Docstack did not write");
        Files.delete(mine.resolve("notes.txt"));
        try (SiteWriter writer = SiteWriter.open(mine)) {
            // The folder changes between open and commit: the commit checks again.
            TestFiles.write(mine.resolve("later.txt"), bytes("written meanwhile"));
            assertThatThrownBy(writer::commit).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(TestFiles.read(mine.resolve("later.txt"))).isEqualTo("written meanwhile");
        assertThat(leftovers()).isZero();
    }

    @Test
    void commitCreatesTheOutputAndItsParents() throws Exception {
        Path site = base.resolve("target/deep/site");
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.write(SitePath.of("index.html"), bytes("home"));
            writer.commit();
        }
        assertThat(TestFiles.read(site.resolve("index.html"))).isEqualTo("home");
    }

    @Test
    void closeWithoutCommitLeavesThePreviousSiteAndRemovesTheStagingFolder() throws Exception {
        Path site = oldSite();
        Map<String, byte[]> before = TestFiles.tree(site);
        try (SiteWriter writer = SiteWriter.open(site)) {
            writer.write(SitePath.of("index.html"), bytes("new home"));
            assertThat(leftovers()).isEqualTo(1);
        }
        assertThat(TestFiles.tree(site)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(leftovers()).isZero();
    }

    @Test
    void aFailedBuildThrowsAndLeavesThePreviousOutputByteIdentical() throws Exception {
        Path docs = TestFiles.write(base.resolve("docs"), "index.md", "# Home\n", "guide/a.md", "# A\n");
        SiteConfig good = TestFiles.site(base, base.resolve("site")).project(TestFiles.project("compute", docs)).build();
        Docstack.build(good);
        Map<String, byte[]> before = TestFiles.tree(base.resolve("site"));
        assertThat(before).containsKeys("compute/1.0/index.html", "compute/1.0/guide/a.html", "index.html");

        Path theme = TestFiles.write(base.resolve("theme"), "templates/page.peb", "<html>{{ page.title </html>\n");
        TestFiles.write(docs, "guide/b.md", "# B, new\n");
        SiteConfig broken = TestFiles.site(base, base.resolve("site")).themeDir(theme)
                .project(TestFiles.project("compute", docs)).build();
        assertThatThrownBy(() -> Docstack.build(broken)).isInstanceOf(RuntimeException.class);

        Map<String, byte[]> after = TestFiles.tree(base.resolve("site"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((path, content) -> assertThat(content).as(path).isEqualTo(before.get(path)));
        assertThat(leftovers()).isZero();
    }

    @Test
    void aPageThatFailsToRenderStopsTheOtherWritersBeforeTheStagingFolderIsRemoved() throws Exception {
        Path docs = base.resolve("docs");
        TestFiles.write(docs, "000-boom.md", "# Boom\n");
        for (int i = 0; i < 12; i++) {
            TestFiles.write(docs, "pages/p" + i + ".md", "# Page " + i + "\n");
        }
        // The first page fails at once; the other workers are still rendering (slowly) when it does,
        // and write their page afterwards unless the build waits for them.
        Path theme = TestFiles.write(base.resolve("theme"), "templates/page.peb",
                "{% if page.title == \"Boom\" %}{{ 1 / 0 }}{% endif %}"
                        + "{% for i in range(1, 30000) %}{{ i }}{% endfor %}{{ page.content | raw }}\n");
        SiteConfig config = TestFiles.site(base, base.resolve("site")).themeDir(theme).threads(4)
                .project(TestFiles.project("compute", docs)).build();
        assertThatThrownBy(() -> Docstack.build(config)).isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).as("close() problems").isEmpty());
        // Nothing may still be writing once build() has returned.
        Thread.sleep(300);
        assertThat(leftovers()).isZero();
        assertThat(base.resolve("site")).doesNotExist();
    }
}
