package io.docstack.corpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.Docstack;
import io.docstack.check.CheckResult;
import io.docstack.config.AnchorStyle;
import io.docstack.config.CheckOptions;
import io.docstack.config.GitSource;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;

/**
 * The gate on real documentation: the Knative docs (written for MkDocs, one site whose sections
 * link to each other freely) checked as one project with MkDocs heading ids. The error
 * diagnostics, as {@code file line rule target} rows (file relative to the corpus), must equal
 * {@code src/test/resources/corpora/md-knative-expected.tsv}; {@code md-knative-differences.md}
 * next to it explains every difference from the corpus' approximate link list, and which side a
 * real MkDocs build agrees with ({@code bench/compare-knative.py}).
 *
 * <p>The project is configured as a user would today: {@code docs/snippets/} (include-only files
 * in MkDocs) are checked as pages, because Docstack has no exclude setting, so their errors are in
 * the expectation too. They take about 10 s on two cores, so the test is not tagged slow.
 *
 * <p>The corpus is not part of this repository. It is looked up in the folder named by the system
 * property {@code docstack.corpora}, else as {@code shared/corpora} next to the repository or
 * one of its parents; without it the test is skipped. After an intended change, regenerate the
 * expectation with {@code -Dgolden.update=true} and read its diff.
 */
class KnativeCorpusTest {

    private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update"));
    private static final String CORPUS = "md-knative";
    private static final String EXPECTED = "corpora/md-knative-expected.tsv";

    /** The quoted target of "'x' does not exist…", "no anchor 'a' in p", "'x' points outside…". */
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'(?! ))*)'");
    private static final Pattern ANCHOR_IN = Pattern.compile("no anchor '(.*)' in (this page|[^ ]+)$");

    @TempDir
    Path temp;

    @Test
    void errorsMatchTheExpectation() throws IOException {
        Optional<Path> corpus = locate();
        assumeTrue(corpus.isPresent(), "corpus " + CORPUS + " not found (set -Ddocstack.corpora=<folder>)");
        Path root = corpus.get();

        SiteConfig config = configuration(root).output(temp.resolve("site")).build();
        CheckResult result = Docstack.check(config, CheckOptions.reportingTo(temp.resolve("doc-check")));

        // Sorted by file, line (as a number), rule and target; two equal links on one line stay two rows.
        List<String> rows = result.diagnostics().stream()
                .filter(Diagnostic::isError)
                .sorted(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                        .thenComparing(Diagnostic::rule).thenComparing(d -> target(d.message())))
                .map(KnativeCorpusTest::row)
                .toList();
        String actual = "file\tline\trule\ttarget\n" + String.join("\n", rows) + "\n";

        if (UPDATE) {
            Path expected = Path.of("src/test/resources").resolve(EXPECTED).toAbsolutePath();
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual)
                .as("%s (%d pages checked; rerun with -Dgolden.update=true if the change is intended, "
                        + "then update md-knative-differences.md)", EXPECTED, result.pages())
                .isEqualTo(expected());
    }

    /**
     * The same docs committed to a git repository and read from its branch {@code main}, from the
     * git objects: the same pages and exactly the same errors, shown under the ref's name.
     */
    @Test
    void aGitBranchOfTheSameDocsGivesTheSameErrors() throws IOException {
        Optional<Path> corpus = locate();
        assumeTrue(corpus.isPresent(), "corpus " + CORPUS + " not found (set -Ddocstack.corpora=<folder>)");
        Path repository = Corpora.commit(corpus.get(), temp.resolve("knative.git"));
        assertThat(corpus.get().resolve(".git")).as("the corpus is only read").doesNotExist();
        SiteConfig config = SiteConfig.builder(corpus.get()).title("Knative").output(temp.resolve("site"))
                .gitSource(new GitSource(repository.toString(), List.of("main"), List.of(), List.of("docs"), "knative",
                        "Knative", null, AnchorStyle.MKDOCS, temp.resolve("cache")))
                .build();

        CheckResult result = Docstack.check(config, CheckOptions.reportingTo(temp.resolve("doc-check")));

        String prefix = "knative@main/";
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).allMatch(d -> d.file().startsWith(prefix));
        List<String> rows = result.diagnostics().stream()
                .filter(Diagnostic::isError)
                .sorted(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                        .thenComparing(Diagnostic::rule).thenComparing(d -> target(d.message())))
                .map(d -> row(d).substring(prefix.length()))
                .toList();
        assertThat("file\tline\trule\ttarget\n" + String.join("\n", rows) + "\n").isEqualTo(expected());
    }

    /** {@code file line rule target}: what identifies a problem, without the wording of its message. */
    static String row(Diagnostic diagnostic) {
        return String.join("\t", diagnostic.file().replace('\\', '/'), Integer.toString(diagnostic.line()),
                diagnostic.rule(), target(diagnostic.message()));
    }

    /**
     * The link target a message names: {@code path} for a missing file, {@code #anchor} for a
     * missing anchor of the same page, {@code project/path#anchor} for one of another page.
     */
    static String target(String message) {
        Matcher anchor = ANCHOR_IN.matcher(message);
        if (anchor.find()) {
            return anchor.group(2).equals("this page") ? "#" + anchor.group(1) : anchor.group(2) + "#" + anchor.group(1);
        }
        Matcher quoted = QUOTED.matcher(message);
        return quoted.find() ? quoted.group(1) : message;
    }

    private static String expected() {
        try (var in = KnativeCorpusTest.class.getClassLoader().getResourceAsStream(EXPECTED)) {
            if (in == null) {
                throw new AssertionError("no expected file " + EXPECTED + "; create it with -Dgolden.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The docs folder as one project, its heading ids MkDocs-style, as a user configures it. */
    static SiteConfig.Builder configuration(Path root) {
        return SiteConfig.builder(root).title("Knative")
                .project(new ProjectConfig("knative", "Knative", null, "latest", root.resolve("docs"), null, AnchorStyle.MKDOCS));
    }

    static Optional<Path> locate() {
        return Corpora.locate(CORPUS, "docs");
    }
}
