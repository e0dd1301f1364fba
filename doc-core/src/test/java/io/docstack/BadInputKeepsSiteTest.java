package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;

/**
 * Every case of the committed bad-input corpus, built as {@code doc:build} with {@code failOnError}
 * builds it ({@code publishOnError} false) over a site published before: a case with errors leaves
 * the published site byte-identical and writes its own, good page included, beside it; a case with
 * only warnings publishes. {@link BadInputTest} checks each case's diagnostics.
 */
class BadInputKeepsSiteTest {

    private static final String GOOD = "# Good page\n\nThis page is fine and must be built.\n";

    @TempDir
    Path root;

    @TestFactory
    Stream<DynamicTest> aBrokenSourceNeverReplacesThePublishedSite() throws IOException {
        Path corpus = TestFiles.resource("bad-input");
        try (Stream<Path> cases = Files.list(corpus).filter(Files::isDirectory)) {
            var folders = cases.sorted().toList();
            assertThat(folders).hasSizeGreaterThan(10);
            return folders.stream()
                    .map(docs -> DynamicTest.dynamicTest(docs.getFileName().toString(), () -> check(docs)));
        }
    }

    private void check(Path docs) throws IOException {
        Path folder = Files.createTempDirectory(root, docs.getFileName().toString());
        Path output = folder.resolve("site");
        Path published = TestFiles.write(folder.resolve("published"), "good.md", GOOD, "previous.md", "# Previous\n");
        Docstack.build(config(published, output));
        Map<String, byte[]> before = TestFiles.tree(output);

        BuildResult result = Docstack.build(config(docs, output));

        if (result.hasErrors()) {
            assertThat(result.published()).isFalse();
            assertThat(TestFiles.tree(output)).containsOnlyKeys(before.keySet());
            assertThat(TestFiles.tree(output)).allSatisfy((path, bytes) -> assertThat(bytes).isEqualTo(before.get(path)));
            assertThat(result.site()).isEqualTo(Docstack.failedSite(output));
        } else {
            assertThat(result.site()).isEqualTo(output);
            assertThat(output.resolve("compute/1.0/previous.html")).doesNotExist();
        }
        assertThat(TestFiles.read(result.site().resolve("compute/1.0/good.html"))).contains("This page is fine");
    }

    private static SiteConfig config(Path docs, Path output) {
        return TestFiles.site(docs, output).project(TestFiles.project("compute", docs)).publishOnError(false).build();
    }
}
