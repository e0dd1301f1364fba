package io.docstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.docstack.Docstack;
import io.docstack.FuzzBuild;
import io.docstack.TestFiles;
import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;

/**
 * A throwaway site for one fuzz input: a folder holding a docs folder with a good page, the input
 * where the harness puts it, a file outside every content root whose text is a secret, and the
 * output folder. {@link #build} runs Docstack on it and asserts the invariants that do not depend
 * on the input's kind: the build returns its diagnostics, well-formed; the good page is built; the
 * output is bounded by the input's size; the secret is nowhere in the output; builds in memory and
 * on disk agree; and nothing outside the output (and its {@code -search} sibling) was written,
 * changed or deleted.
 * Not thread-safe; close it to delete the folder.
 */
final class FuzzSite implements AutoCloseable {

    /** The text of {@code outside/secret.txt}: no byte of it may reach the site. */
    static final String SECRET = "docstack-fuzz-secret-5e1f0c";
    static final String GOOD = "# Good page\n\nThis page is fine and must be built.\n";
    /**
     * Output allowed per input byte. Generous: one heading's text is shown in the page, its title,
     * the navigation of every page, the search index and the inventory, each escaped (up to 6
     * bytes a character). What it catches are expansions (aliases, attributes, includes, repeated
     * references) that grow with a power of the input.
     */
    static final int BYTES_PER_INPUT_BYTE = 100;
    /** Output allowed besides: what an input of a few bytes may add (a page, an API reference). */
    static final long SLACK_BYTES = 256 * 1024;
    private static final Path WORK = work();
    /** Output of the site with only the good page in memory and on disk; measured once by {@link #emptySiteBytes}. */
    private static final long[] emptySiteBytes = {-1, -1};
    /** Where the good page is written. */
    private static final String GOOD_PAGE = "fuzz/1.0/good.html";
    /**
     * Time allowed for a build on disk: it boots its own JRuby when the site has AsciiDoc (seconds
     * on a loaded machine), which the in-memory build, with its converter kept open, does not.
     */
    static final java.time.Duration DISK_BUDGET = Invariants.BUDGET.multipliedBy(10);
    /** One input in this many is also built on disk, unless the harness says otherwise. */
    static final int DISK_EVERY = 8;
    /** Whether every input is also built on disk: the replay of the corpora. */
    static volatile boolean everyInputOnDisk;

    private final Path root;

    private FuzzSite(Path root) {
        this.root = root;
    }

    /** A new sandbox with its good page and its secret. */
    static FuzzSite create() {
        try {
            FuzzSite site = new FuzzSite(Files.createTempDirectory(WORK, "site"));
            site.write("docs/good.md", GOOD.getBytes(StandardCharsets.UTF_8));
            site.write("outside/secret.txt", (SECRET + "\n").getBytes(StandardCharsets.UTF_8));
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    Path docs() {
        return root.resolve("docs");
    }

    Path output() {
        return root.resolve("site");
    }

    /** Writes {@code content} to {@code relative} (a name the harness chose, inside the sandbox). */
    Path write(String relative, byte[] content) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("outside the sandbox: " + relative);
        }
        return TestFiles.write(file, content);
    }

    /** The configuration of this sandbox, without projects. */
    SiteConfig.Builder config() {
        return TestFiles.site(root, output());
    }

    /** The configuration with the docs folder as project {@code fuzz}. */
    SiteConfig.Builder withDocs() {
        return config().project(TestFiles.project("fuzz", docs()));
    }

    /**
     * Builds in memory ({@link FuzzBuild}, within {@link Invariants#BUDGET}), and on disk too for
     * one input in {@code diskEvery} (chosen by the input's hash, so that a finding replays the
     * same way; within {@link #DISK_BUDGET}), and asserts the invariants for {@code input}; returns
     * the diagnostics. The two builds must agree: the same diagnostics, the same bytes for every
     * file both write.
     */
    List<Diagnostic> build(String what, SiteConfig config, byte[] input, int diskEvery) {
        return confined(() -> {
            FuzzBuild.Result memory = Invariants.inTime(what, () -> FuzzBuild.inMemory(config));
            Invariants.wellFormed(memory.diagnostics());
            assertGood(memory.files().get(GOOD_PAGE));
            assertBounded(total(memory.files()), emptySiteBytes(false), input.length);
            memory.files().forEach(FuzzSite::assertNoSecret);
            if (everyInputOnDisk || Math.floorMod(Arrays.hashCode(input), diskEvery) == 0) {
                buildOnDisk(what, config, input, memory);
            }
            return memory.diagnostics();
        });
    }

    private void buildOnDisk(String what, SiteConfig config, byte[] input, FuzzBuild.Result memory) {
        BuildResult disk = Invariants.once(what + " on disk", DISK_BUDGET, () -> Docstack.build(config));
        Map<String, byte[]> written = TestFiles.tree(output());
        assertThat(disk.diagnostics()).as("diagnostics on disk and in memory").isEqualTo(memory.diagnostics());
        memory.files().forEach((file, content) ->
                assertThat(written.get(file)).as("%s on disk and in memory", file).isEqualTo(content));
        assertBounded(total(written) + total(searchIndex()), emptySiteBytes(true), input.length);
        written.forEach(FuzzSite::assertNoSecret);
    }

    private static void assertGood(byte[] page) {
        assertThat(page).as("the good page").isNotNull();
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("This page is fine and must be built.");
    }

    private static void assertBounded(long written, long empty, long inputBytes) {
        long allowed = empty + SLACK_BYTES + BYTES_PER_INPUT_BYTE * inputBytes;
        assertThat(written).as("bytes written for an input of %d bytes", inputBytes).isLessThanOrEqualTo(allowed);
    }

    private Map<String, byte[]> searchIndex() {
        Path search = Docstack.searchIndex(output());
        return Files.isDirectory(search) ? TestFiles.tree(search) : Map.of();
    }

    private static long total(Map<String, byte[]> files) {
        return files.values().stream().mapToLong(content -> content.length).sum();
    }

    /** {@code content} (of {@code file}) does not hold the secret. */
    static void assertNoSecret(String file, byte[] content) {
        // Latin-1 maps each byte to one char: String.indexOf finds the bytes, fast.
        assertThat(new String(content, StandardCharsets.ISO_8859_1).contains(SECRET)).as("the secret in %s", file).isFalse();
    }

    /** Every file of the sandbox outside the output, by path, with a hash of its content. */
    private Map<String, Integer> outsideOutput() {
        Path search = Docstack.searchIndex(output());
        Map<String, Integer> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> !p.startsWith(output()) && !p.startsWith(search)).toList()) {
                files.put(root.relativize(path).toString(), Files.isRegularFile(path) ? Arrays.hashCode(Files.readAllBytes(path)) : 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The names in {@code java.io.tmpdir}, when {@code -Ddocstack.fuzz.checkTmp=true} says that
     * folder is the fuzzer's alone (bench/fuzz.sh); else empty, since other processes share /tmp.
     */
    static Set<String> temporaryFiles() {
        if (!Boolean.getBoolean("docstack.fuzz.checkTmp")) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            // JRuby keeps one folder per process (jruby-<pid>) from its first boot to the JVM's exit.
            return list.map(p -> p.getFileName().toString()).filter(name -> !name.matches("jruby-\\d+"))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The output of a site with only the good page, on disk (with the search index) or in memory:
     * the part of every output that no input pays for. Measured once.
     */
    private static synchronized long emptySiteBytes(boolean disk) {
        if (emptySiteBytes[0] < 0) {
            try (FuzzSite empty = create()) {
                SiteConfig config = empty.withDocs().build();
                emptySiteBytes[0] = total(FuzzBuild.inMemory(config).files());
                Docstack.build(config);
                emptySiteBytes[1] = total(TestFiles.tree(empty.output())) + total(empty.searchIndex());
            }
        }
        return emptySiteBytes[disk ? 1 : 0];
    }

    /** Puts a harness's input into a fresh sandbox and returns the configuration to build. */
    @FunctionalInterface
    interface Setup {
        SiteConfig apply(FuzzSite site, byte[] input);
    }

    /**
     * The check of a harness that builds a site: {@code setup} puts {@code input} into a fresh
     * sandbox, then {@link #build} asserts the invariants, all within {@link Invariants#BUDGET}.
     */
    static List<Diagnostic> check(String what, byte[] input, Setup setup) {
        return check(what, input, setup, DISK_EVERY);
    }

    /** {@link #check(String, byte[], Setup)} with one input in {@code diskEvery} built on disk too. */
    static List<Diagnostic> check(String what, byte[] input, Setup setup, int diskEvery) {
        try (FuzzSite site = create()) {
            return site.build(what, setup.apply(site, input), input, diskEvery);
        }
    }

    /**
     * Builds {@code seed} as {@code setup} says once, untimed, with every invariant: the first
     * build of a JVM loads Flexmark, Pebble, Lucene (and Asciidoctor, for AsciiDoc), which must not
     * count against an input.
     */
    static void warmUp(Setup setup, String seed) {
        byte[] input = seed.getBytes(StandardCharsets.UTF_8);
        Invariants.untimed(() -> {
            emptySiteBytes(true);
            try (FuzzSite site = create()) {
                return site.build("warm-up", setup.apply(site, input), input, 1);
            }
        });
    }

    /**
     * Runs {@code task} and asserts that it wrote, changed or deleted nothing in the sandbox outside
     * the output (and its {@code -search} sibling) and left nothing in the temporary folder.
     */
    <T> T confined(java.util.function.Supplier<T> task) {
        Map<String, Integer> before = outsideOutput();
        Set<String> temporary = temporaryFiles();
        T result = task.get();
        assertThat(outsideOutput()).as("files outside the output").isEqualTo(before);
        assertThat(temporaryFiles()).as("files left in the temporary folder").isEqualTo(temporary);
        return result;
    }

    @Override
    public void close() {
        try {
            TestFiles.deleteTree(root);
        } catch (UncheckedIOException e) {
            // A sandbox left behind in the work folder is not a finding of the input.
        }
    }

    private static Path work() {
        try {
            String configured = System.getProperty("docstack.fuzz.work");
            Path folder = configured == null ? Files.createTempDirectory("docstack-fuzz")
                    : Files.createDirectories(Path.of(configured));
            return folder.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
