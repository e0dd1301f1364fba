package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.BundleSource;
import io.docstack.config.Limits;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Replays the bad-bundle corpus ({@code src/test/resources/bad-bundles/*.zip}, described in its
 * README): each damaged or hostile bundle is one {@code source.bundle} error naming it, the build
 * takes no time, and the good page beside it is built.
 */
class BadBundlesTest {

    private static final Limits LIMITS = Limits.DEFAULTS.withSources(100, 1 << 20);

    @TempDir
    Path root;

    @TestFactory
    Stream<DynamicTest> eachBadBundleIsOneDiagnosticAndTheGoodPageBuilds() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.resource("bad-bundles"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted().toList().stream()
                    .map(zip -> DynamicTest.dynamicTest(zip.getFileName().toString(), () -> replay(zip)));
        }
    }

    private void replay(Path zip) throws IOException {
        Path dir = Files.createTempDirectory(root, "case");
        Path docs = TestFiles.write(dir.resolve("docs"), "good.md", "# Good page\n");
        String label = zip.getFileName().toString();
        SiteConfig config = TestFiles.site(dir, dir.resolve("site")).limits(LIMITS)
                .project(TestFiles.project("good", docs)).bundle(BundleSource.of(label, zip)).build();

        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Docstack.build(config));

        assertThat(result.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file)
                .containsExactly(tuple(Rules.SOURCE_BUNDLE, label));
        assertThat(config.output().resolve("good/1.0/good.html")).isRegularFile();
    }
}
