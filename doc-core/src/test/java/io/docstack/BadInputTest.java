package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.Limits;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Replays the bad-input corpus: each case is a docs folder with one broken source (committed in
 * {@code src/test/resources/bad-input/<case>/}, or generated here when it would be megabytes) and
 * a {@code good.md}. Every build must finish in time without an exception, report the expected
 * rule at the expected place, and still build the good page.
 */
class BadInputTest {

    /** Per case; generous because the first build of a JVM also loads Flexmark and Pebble. */
    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final String GOOD = "# Good page\n\nThis page is fine and must be built.\n";
    /** Expected line for diagnostics whose exact line depends on the parser: any line of the file. */
    private static final int ANY_LINE = -1;
    /** The too-big case's limit: 2 KiB, so that the committed file stays small. */
    private static final Limits SMALL_FILES = new Limits(2_048, 64, 64 * 1024, 50, 16);

    /** Per test method; dynamic tests of one factory share it, so each case takes a subfolder. */
    @TempDir
    Path root;
    /** The folder of the current case: its generated docs, if any, and its site. */
    private Path temp;

    @BeforeEach
    void firstCase() {
        newCase();
    }

    private Path newCase() {
        try {
            temp = Files.createTempDirectory(root, "case");
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Expected(String rule, String file, int line, int column) {
    }

    @TestFactory
    Stream<DynamicTest> committedCases() {
        return Stream.of(
                committed("invalid-utf8", new Expected(Rules.SOURCE_READ, "latin1.md", 3, 4)),
                committed("binary-md", new Expected(Rules.SOURCE_READ, "image.md", 1, 1)),
                committed("bad-front-matter", new Expected(Rules.PARSE_FRONT_MATTER, "bad.md", 4, 8)),
                committed("front-matter-alias-bomb", new Expected(Rules.PARSE_FRONT_MATTER, "bomb.md", ANY_LINE, 0)),
                committed("front-matter-alias-order", new Expected(Rules.SOURCE_LIMIT, "bomb.md", 2, 1)),
                committed("asciidoc-attribute-bomb", new Expected(Rules.SOURCE_LIMIT, "bomb.adoc", 8, 1)),
                committed("asciidoc-include-fan-out", new Expected(Rules.SOURCE_LIMIT, "bomb.adoc", 3, 1)),
                committed("unclosed-front-matter", new Expected(Rules.PARSE_FRONT_MATTER, "open.md", 1, 1)),
                committed("output-conflict", new Expected(Rules.OUTPUT_CONFLICT, "a.md", 0, 0)),
                committed("too-big", SMALL_FILES, new Expected(Rules.SOURCE_LIMIT, "big.md", 0, 0)),
                committed("nav-invalid-yaml", new Expected(Rules.NAV_SYNTAX, "nav.yml", 4, 9)),
                committed("nav-missing-page", new Expected(Rules.NAV_BROKEN, "nav.yml", 5, 7)));
    }

    @Test
    void anEmptyFileIsAnEmptyPage() {
        BuildResult result = build(TestFiles.resource("bad-input/empty-file"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.pages()).isEqualTo(2);
        assertThat(temp.resolve("site/compute/1.0/empty.html")).isRegularFile();
        assertGoodPageBuilt();
    }

    @Test
    void theConflictingSourceIsLeftOutAndTheKeptOneNamed() {
        BuildResult result = build(TestFiles.resource("bad-input/output-conflict"));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("'a.md' and 'a.html' would both be written to 'a.html'; 'a.html' is kept"));
        assertThat(TestFiles.read(temp.resolve("site/compute/1.0/a.html"))).contains("an asset with the page's output name");
    }

    @TestFactory
    Stream<DynamicTest> generatedCases() {
        return Stream.of(
                generated("1,000 nested block quotes", docs -> write(docs, "deep.md", "# Deep\n\n" + "> ".repeat(1_000) + "x\n"),
                        new Expected(Rules.SOURCE_LIMIT, "deep.md", 3, 1)),
                generated("500 nested list levels", docs -> write(docs, "lists.md", nestedLists(500)),
                        new Expected(Rules.SOURCE_LIMIT, "lists.md", 131, 1)),
                generated("20,000 nested block quotes and ordered lists", docs -> write(docs, "quoted.md",
                                "# Quoted\n\n" + "> 1. ".repeat(20_000) + "x\n"),
                        new Expected(Rules.SOURCE_LIMIT, "quoted.md", 3, 1)),
                generated("20,000 nested ordered lists", docs -> write(docs, "ordered.md", "1. ".repeat(20_000) + "x\n"),
                        new Expected(Rules.SOURCE_LIMIT, "ordered.md", 1, 1)),
                generated("20,000 nested emphasis markers", docs -> write(docs, "stars.md",
                                "# Stars\n" + "*".repeat(10_000) + "x" + "*".repeat(10_000) + "\n"),
                        new Expected(Rules.SOURCE_LIMIT, "stars.md", 2, 1)),
                generated("5,000 nested brackets in front matter", docs -> write(docs, "yaml.md",
                                "---\ntitle: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\n# Yaml\n"),
                        new Expected(Rules.PARSE_FRONT_MATTER, "yaml.md", ANY_LINE, 0)),
                generated("a backslash in a file name", docs -> write(docs, "bad\\name.md", "# Bad name\n"),
                        new Expected(Rules.SOURCE_READ, "bad\\name.md", 0, 0)),
                generated("a symbolic link out of the docs folder", this::linkOutside,
                        new Expected(Rules.LINK_ESCAPE, "escape.md", 0, 0)));
    }

    @Test
    void pathologicalInputsWithinTheLimitsStillFinish() {
        Path docs = temp.resolve("docs");
        write(docs, "good.md", GOOD);
        write(docs, "ordered.md", "1. item\n".repeat(1_000));
        write(docs, "nul.md", "# Nul\n\n\0\0\0 text \0\n");
        write(docs, "long-line.md", "word ".repeat(200_000) + "\n");
        write(docs, "many-links.md", ("[a](good.md) ".repeat(200) + "\n").repeat(25));
        BuildResult result = assertTimeoutPreemptively(BUDGET, () -> build(docs));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.pages()).isEqualTo(5);
        assertGoodPageBuilt();
    }

    @Test
    void noByteFromOutsideTheDocsFolderReachesTheSite() throws IOException {
        Path docs = temp.resolve("docs");
        write(docs, "good.md", GOOD);
        String secret = "TOP-SECRET-BYTES";
        Path outside = TestFiles.write(temp.resolve("outside"), "secret.png", secret, "secret.svg", "<svg>" + secret + "</svg>");
        link(docs.resolve("x.png"), outside.resolve("secret.png"));
        link(docs.resolve("x.svg"), outside.resolve("secret.svg"));
        link(docs.resolve("linked"), outside);
        write(docs, "page.adoc", "= Page\n:data-uri:\n\nimage::x.png[]\n\nimage::x.svg[opts=inline]\n\n"
                + "image::linked/secret.png[]\n\nlink:x.png[download]\n");
        write(docs, "md.md", "# Md\n\n![x](x.png) ![y](linked/secret.svg) <img src=\"x.svg\">\n");
        BuildResult result = assertTimeoutPreemptively(BUDGET, () -> build(docs));

        String encoded = java.util.Base64.getEncoder().encodeToString(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TestFiles.tree(temp.resolve("site")).forEach((file, bytes) -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as(file).doesNotContain(secret, encoded));
        assertThat(temp.resolve("site/compute/1.0/x.png")).doesNotExist();
        assertThat(temp.resolve("site/compute/1.0/linked")).doesNotExist();
        assertThat(result.diagnostics()).extracting(d -> d.rule() + " " + d.file() + ":" + d.line())
                .contains(Rules.LINK_ESCAPE + " page.adoc:6", Rules.LINK_ESCAPE + " x.png:0", Rules.LINK_ESCAPE + " x.svg:0");
        assertThat(temp.resolve("site/compute/1.0/page.html")).isRegularFile();
        assertGoodPageBuilt();
    }

    // ---- cases

    private DynamicTest committed(String name, Expected expected) {
        return committed(name, Limits.DEFAULTS, expected);
    }

    private DynamicTest committed(String name, Limits limits, Expected expected) {
        return DynamicTest.dynamicTest(name, () -> {
            newCase();
            check(TestFiles.resource("bad-input/" + name), limits, expected);
        });
    }

    private DynamicTest generated(String name, Consumer<Path> writer, Expected expected) {
        return DynamicTest.dynamicTest(name, () -> {
            Path docs = newCase().resolve("docs");
            write(docs, "good.md", GOOD);
            writer.accept(docs);
            check(docs, Limits.DEFAULTS, expected);
        });
    }

    private void check(Path docs, Limits limits, Expected expected) {
        BuildResult result = assertTimeoutPreemptively(BUDGET, () -> build(docs, limits));
        List<String> shown = result.diagnostics().stream().map(Diagnostic::format).toList();
        assertThat(result.diagnostics()).as("diagnostics %s", shown).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo(expected.rule());
            assertThat(d.file()).isEqualTo(expected.file());
            if (expected.line() == ANY_LINE) {
                assertThat(d.line()).isPositive();
            } else {
                assertThat(d.line()).isEqualTo(expected.line());
                assertThat(d.column()).isEqualTo(expected.column());
            }
            assertThat(d.isError()).isTrue();
            assertThat(d.hint()).isNotBlank();
        });
        // One broken file, one kind of problem: nothing about the good page.
        assertThat(result.diagnostics()).as("diagnostics %s", shown).noneMatch(d -> d.file().equals("good.md"));
        assertGoodPageBuilt();
    }

    private BuildResult build(Path docs) {
        return build(docs, Limits.DEFAULTS);
    }

    private BuildResult build(Path docs, Limits limits) {
        SiteConfig config = TestFiles.site(docs, temp.resolve("site"))
                .limits(limits)
                .project(TestFiles.project("compute", docs))
                .build();
        return Docstack.build(config);
    }

    private void assertGoodPageBuilt() {
        Path good = temp.resolve("site/compute/1.0/good.html");
        assertThat(good).isRegularFile();
        var html = Jsoup.parse(TestFiles.read(good));
        // Only what any theme shows: the page's own heading and text (class names are the theme's).
        assertThat(html.select("h1").eachText()).contains("Good page");
        assertThat(html.select("p").eachText()).contains("This page is fine and must be built.");
    }

    // ---- generators

    private static String nestedLists(int levels) {
        StringBuilder out = new StringBuilder("# Lists\n\n");
        for (int i = 0; i < levels; i++) {
            out.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return out.toString();
    }

    private void linkOutside(Path docs) {
        link(docs.resolve("escape.md"), TestFiles.write(docs.resolveSibling("outside/secret.md"), "# Secret\n".getBytes()));
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "cannot create symbolic links here: " + e);
        }
    }

    private static void write(Path docs, String name, String content) {
        try {
            Files.createDirectories(docs);
            Files.writeString(docs.resolve(name), content);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            assumeTrue(false, "this file system cannot hold '" + name + "': " + e);
        }
    }

    /** The corpus folder names the committed cases; a new folder without a case here is a mistake. */
    @Test
    void everyCommittedFolderIsACase() throws IOException {
        List<String> folders = new ArrayList<>();
        try (Stream<Path> list = Files.list(TestFiles.resource("bad-input"))) {
            list.filter(Files::isDirectory).forEach(p -> folders.add(p.getFileName().toString()));
        }
        List<String> cases = new ArrayList<>(committedCases().map(DynamicTest::getDisplayName).toList());
        cases.add("empty-file");
        assertThat(folders).containsExactlyInAnyOrderElementsOf(cases);
    }
}
