package io.docstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.docstack.TestFiles;

/**
 * Replays, in the default test run, every input that a fuzz harness once failed on
 * ({@code src/test/resources/fuzz-fixes/<harness>/}) and the hand-made seeds the fuzzers start from
 * ({@code fuzz-seeds/<harness>/}), through the harness's own checks; each fix is built on disk as
 * well as in memory. This is how a fixed finding stays fixed (jsoup's {@code FuzzFixesTest}).
 */
class FuzzFixesTest {

    @AfterAll
    static void stopPreview() {
        PreviewRequestFuzzTest.stop();
    }

    /** Each built on disk as well as in memory. */
    @TestFactory
    Stream<DynamicTest> fixedFindingsStayFixed() {
        return replay("fuzz-fixes", true);
    }

    /** Built on disk as the fuzzers do (one in 8, by hash): a build on disk boots JRuby for AsciiDoc. */
    @TestFactory
    Stream<DynamicTest> seedsHoldTheInvariants() {
        return replay("fuzz-seeds", false);
    }

    private static Stream<DynamicTest> replay(String corpus, boolean onDisk) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Harness harness : Harness.values()) {
            List<Path> inputs = inputs(corpus, harness);
            if (!inputs.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(harness.id + " warm-up", harness.warmUp::run));
            }
            for (Path input : inputs) {
                tests.add(DynamicTest.dynamicTest(harness.id + "/" + input.getFileName(), () -> {
                    FuzzSite.everyInputOnDisk = onDisk;
                    try {
                        harness.check.accept(Files.readAllBytes(input));
                    } finally {
                        FuzzSite.everyInputOnDisk = false;
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static List<Path> inputs(String corpus, Harness harness) {
        Path folder = TestFiles.resource(corpus).resolve(harness.id);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder that no harness reads is a mistake: its inputs would never be replayed. */
    @Test
    void everyCorpusFolderIsAHarness() throws IOException {
        for (String corpus : List.of("fuzz-fixes", "fuzz-seeds")) {
            try (Stream<Path> folders = Files.list(TestFiles.resource(corpus))) {
                List<String> ids = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
                assertThat(ids).allSatisfy(id -> assertThat(Harness.byId(id)).isNotNull());
            }
        }
    }

    /** Every harness has seeds: a fuzzer that starts from nothing spends its minutes finding the syntax. */
    @Test
    void everyHarnessHasSeeds() {
        assertThat(Harness.values()).allSatisfy(harness -> assertThat(inputs("fuzz-seeds", harness)).isNotEmpty());
    }
}
