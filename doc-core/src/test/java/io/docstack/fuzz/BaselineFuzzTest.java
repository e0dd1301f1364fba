package io.docstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import io.docstack.Docstack;
import io.docstack.TestFiles;
import io.docstack.check.CheckResult;
import io.docstack.config.CheckOptions;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.report.Baseline;

/**
 * Fuzzes the review gate's baseline file: the input is {@code baseline.json}, for a check of a
 * project with the good page and a page with broken links, reporting to the output folder.
 * Invariants: within {@link Invariants#BUDGET} the check returns well-formed diagnostics; a
 * baseline it cannot read is reported as an error (the gate never passes because of it); one it
 * reads only takes problems away; the reports are bounded and hold no secret; and nothing
 * outside the output changed (the baseline included).
 */
@Tag("fuzz")
class BaselineFuzzTest {

    @BeforeAll
    static void warmUp() {
        Invariants.untimed(() -> {
            run("{\"version\":1,\"problems\":[]}".getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        Invariants.inTime("baseline", () -> {
            run(input);
            return null;
        });
    }

    private static void run(byte[] input) {
        try (FuzzSite site = FuzzSite.create()) {
            site.write("docs/broken.md", "# Broken\n\n[a](missing.md) [b](good.md#nowhere) [c](good.md#nowhere)\n"
                    .getBytes(StandardCharsets.UTF_8));
            Path baseline = site.write("baseline.json", input);
            SiteConfig config = site.withDocs().build();
            CheckResult result = site.confined(() -> Docstack.check(config,
                    new CheckOptions(site.output(), baseline, false, null, null, null)));
            Invariants.wellFormed(result.diagnostics());
            Invariants.wellFormed(result.reported());
            if (Baseline.read(baseline) instanceof Baseline.Unreadable unreadable) {
                Diagnostic problem = unreadable.problem();
                assertThat(problem.isError()).isTrue();
                assertThat(result.reported()).as("the unreadable baseline's problem").anySatisfy(d -> {
                    assertThat(d.rule()).isEqualTo(problem.rule());
                    assertThat(d.message()).isEqualTo(problem.message());
                    assertThat(d.isError()).isTrue();
                });
            } else {
                assertThat(result.diagnostics()).as("problems of the whole site").containsAll(result.reported());
            }
            long written = TestFiles.tree(site.output()).values().stream().mapToLong(b -> b.length).sum();
            assertThat(written).as("report bytes").isLessThanOrEqualTo(FuzzSite.SLACK_BYTES
                    + FuzzSite.BYTES_PER_INPUT_BYTE * (long) input.length);
            TestFiles.tree(site.output()).forEach(FuzzSite::assertNoSecret);
            assertThat(result.diagnostics()).extracting(Diagnostic::file).contains("docs/broken.md");
        }
    }
}
