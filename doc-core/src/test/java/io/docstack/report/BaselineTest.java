package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;

class BaselineTest {

    @TempDir
    Path temp;

    private static final List<Diagnostic> BEFORE = List.of(
            Diagnostic.error(Rules.LINK_ANCHOR, "compute/guide/boot.md", 42, 17, "no heading 'flavours'", "did you mean 'flavors'?"),
            Diagnostic.error(Rules.LINK_BROKEN, "compute/guide/boot.md", 50, 3, "no page portz.md", null),
            Diagnostic.error(Rules.LINK_BROKEN, "compute/guide/boot.md", 60, 3, "no page portz.md", null),
            Diagnostic.warning(Rules.NAV_UNREACHABLE, "network/old.md", 0, 0, "no link leads here", null));

    @Test
    void roundTripFindsOnlyTheAddedProblemAfterLinesMove() {
        Path file = temp.resolve("baseline.json");
        Baseline.write(file, BEFORE);
        Baseline baseline = loaded(file);
        assertThat(baseline.fingerprints()).hasSize(4);

        // Ten lines were added at the top of boot.md, and one new broken link at the end.
        Diagnostic added = Diagnostic.error(Rules.LINK_BROKEN, "compute/guide/boot.md", 75, 1, "no page portz.md", null);
        List<Diagnostic> after = List.of(
                Diagnostic.error(Rules.LINK_ANCHOR, "compute/guide/boot.md", 52, 17, "no heading 'flavours'", "did you mean 'flavors'?"),
                Diagnostic.error(Rules.LINK_BROKEN, "compute/guide/boot.md", 60, 3, "no page portz.md", null),
                Diagnostic.error(Rules.LINK_BROKEN, "compute/guide/boot.md", 70, 3, "no page portz.md", null),
                added,
                Diagnostic.warning(Rules.NAV_UNREACHABLE, "network/old.md", 0, 0, "no link leads here", null));
        assertThat(baseline.newProblems(after)).containsExactly(added);
        assertThat(baseline.newProblems(BEFORE)).isEmpty();
    }

    @Test
    void fixedProblemsAreSimplyGone() {
        Baseline baseline = Baseline.of(BEFORE);
        assertThat(baseline.newProblems(BEFORE.subList(1, 3))).isEmpty();
    }

    @Test
    void infoIsNeverBaselinedAndAlwaysKept() {
        Diagnostic info = new Diagnostic(Severity.INFO, Rules.NAV_UNREACHABLE, "a.md", 0, 0, "lonely", null);
        Path file = temp.resolve("baseline.json");
        Baseline.write(file, List.of(info, BEFORE.get(0)));
        assertThat(read(file)).doesNotContain("lonely");
        assertThat(loaded(file).newProblems(List.of(info, BEFORE.get(0)))).containsExactly(info);
    }

    @Test
    void writesTheDocumentedDeterministicFormat() {
        Path file = temp.resolve("sub/dir/baseline.json");
        Baseline.write(file, List.of(BEFORE.get(3), BEFORE.get(1)));
        String hashBroken = Fingerprint.of(List.of(BEFORE.get(1))).get(0);
        String hashNav = Fingerprint.of(List.of(BEFORE.get(3))).get(0);
        assertThat(read(file)).isEqualTo("""
                {
                  "version": 1,
                  "tool": "docstack",
                  "problems": [
                    {
                      "fingerprint": "%s",
                      "rule": "link.broken",
                      "file": "compute/guide/boot.md",
                      "message": "no page portz.md"
                    },
                    {
                      "fingerprint": "%s",
                      "rule": "nav.unreachable",
                      "file": "network/old.md",
                      "message": "no link leads here"
                    }
                  ]
                }
                """.formatted(hashBroken, hashNav));
        Baseline.write(temp.resolve("again.json"), List.of(BEFORE.get(1), BEFORE.get(3)));
        assertThat(read(temp.resolve("again.json"))).isEqualTo(read(file));
    }

    @Test
    void emptyBaselineIsValid() {
        Path file = temp.resolve("baseline.json");
        Baseline.write(file, List.of());
        assertThat(read(file)).contains("\"problems\": []");
        assertThat(loaded(file).fingerprints()).isEmpty();
    }

    @Test
    void writeReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = temp.resolve("baseline.json");
        Files.writeString(file, "old");
        Baseline.write(file, BEFORE);
        assertThat(read(file)).startsWith("{");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writtenFilesGetTheUsualPermissionsNotThoseOfATempFile() throws IOException {
        Path file = temp.resolve("baseline.json");
        Baseline.write(file, BEFORE);
        Path plain = Files.createFile(temp.resolve("plain.json"));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void missingFileIsACheckBaselineError() {
        Diagnostic problem = problem(temp.resolve("nope.json"));
        assertThat(problem.file()).isEqualTo(temp.resolve("nope.json").toString());
        assertThat(problem.message()).contains("does not exist");
        assertThat(problem.hint()).contains("doc.check.writeBaseline");
        assertThat(problem.line()).isZero();
    }

    @Test
    void folderIsACheckBaselineError() {
        assertThat(problem(temp).message()).contains("folder");
    }

    @Test
    void invalidJsonReportsLineAndColumn() throws IOException {
        Path file = temp.resolve("baseline.json");
        Files.writeString(file, "{\n  \"version\": 1,\n  \"problems\": [,]\n}\n");
        Diagnostic problem = problem(file);
        assertThat(problem.message()).startsWith("the baseline is not valid JSON: ");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(16);
        assertThat(problem.hint()).contains("regenerate it with mvn doc:check -Ddoc.check.writeBaseline");
    }

    @Test
    void truncatedJsonIsAnError() throws IOException {
        Path file = temp.resolve("baseline.json");
        Files.writeString(file, "{\"version\": 1, \"problems\": [");
        assertThat(problem(file).message()).contains("not valid JSON");
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreErrors() throws IOException {
        Path file = temp.resolve("baseline.json");
        Files.writeString(file, "{\"version\": 1, \"version\": 1, \"problems\": []}");
        assertThat(problem(file).message()).contains("not valid JSON").contains("version");
        Files.writeString(file, "{\"version\": 1, \"problems\": []} []");
        assertThat(problem(file).message()).contains("not valid JSON");
    }

    @Test
    void invalidUtf8AndEmptyFilesAreErrors() throws IOException {
        Path file = temp.resolve("baseline.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        assertThat(problem(file).rule()).isEqualTo(Rules.CHECK_BASELINE);
        Files.writeString(file, "  \n");
        assertThat(problem(file).message()).contains("empty");
    }

    /** Found by the baseline fuzzer: Jackson took '{' and NULs for UTF-32 and the message named its exception. */
    @Test
    void invalidUtf8IsReportedAtItsByteAndNulsAreNotUtf32() throws IOException {
        Path file = temp.resolve("baseline.json");
        Files.write(file, new byte[] {'{', '\n', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        Diagnostic invalid = problem(file);
        assertThat(invalid.message()).isEqualTo("the baseline is not valid UTF-8 (byte 0xc3)");
        assertThat(List.of(invalid.line(), invalid.column())).containsExactly(2, 3);
        Files.write(file, new byte[] {'{', 0, 0, 0, 'x', '"'});
        Diagnostic nuls = problem(file);
        assertThat(nuls.message()).startsWith("the baseline is not valid JSON").doesNotContain("UTF-32", "Exception");
        assertThat(List.of(nuls.line(), nuls.column())).containsExactly(1, 3);
    }

    @Test
    void jsonOfTheWrongShapeIsAnError() throws IOException {
        Path file = temp.resolve("baseline.json");
        assertThat(problemFor(file, "[]").message()).contains("expected a JSON object, found array");
        assertThat(problemFor(file, "{\"problems\": []}").message()).contains("no \"version\" number");
        assertThat(problemFor(file, "{\"version\": \"2.1.0\", \"runs\": []}").message()).contains("no \"version\" number");
        assertThat(problemFor(file, "{\"version\": 2, \"problems\": []}").message()).contains("version 2 is not supported");
        assertThat(problemFor(file, "{\"version\": 1, \"problems\": {}}").message()).contains("no \"problems\" array");
        assertThat(problemFor(file, "{\"version\": 1, \"problems\": [7]}").message()).contains("problems[0]");
        assertThat(problemFor(file, "{\"version\": 1, \"problems\": [{\"fingerprint\": \"abc\"}]}").message())
                .contains("problems[0]");
        assertThat(problemFor(file, "{\"version\": 1, \"problems\": [{\"fingerprint\": 5}]}").message()).contains("problems[0]");
    }

    @Test
    void extraFieldsAreTolerated() throws IOException {
        Path file = temp.resolve("baseline.json");
        Files.writeString(file, "{\"version\": 1, \"tool\": \"docstack\", \"note\": \"x\", \"problems\": [{\"fingerprint\": \""
                + "0123456789abcdef0123456789abcdef:0\", \"line\": 3}]}");
        assertThat(loaded(file).fingerprints()).containsExactly("0123456789abcdef0123456789abcdef:0");
    }

    private static Diagnostic problemFor(Path file, String json) throws IOException {
        Files.writeString(file, json);
        return problem(file);
    }

    private static Diagnostic problem(Path file) {
        Baseline.Read read = Baseline.read(file);
        assertThat(read).isInstanceOf(Baseline.Unreadable.class);
        Diagnostic problem = ((Baseline.Unreadable) read).problem();
        assertThat(problem.rule()).isEqualTo(Rules.CHECK_BASELINE);
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.hint()).isNotBlank();
        return problem;
    }

    private static Baseline loaded(Path file) {
        Baseline.Read read = Baseline.read(file);
        assertThat(read).isInstanceOf(Baseline.Loaded.class);
        return ((Baseline.Loaded) read).baseline();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
