package io.docstack.spec;

import static io.docstack.spec.SpecFixtures.found;
import static io.docstack.spec.SpecFixtures.named;
import static io.docstack.spec.SpecFixtures.only;
import static io.docstack.spec.SpecFixtures.project;
import static io.docstack.spec.SpecFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.config.AnchorStyle;
import io.docstack.config.ProjectConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.source.ProjectSources;
import io.docstack.source.ProjectSources.SpecSource;

/** Broken specs give diagnostics at the right line and column, and never stop the other specs. */
class SpecDiagnosticsTest {

    @TempDir
    Path temp;

    /** {@code rule file:line:col}, what identifies a diagnostic without its wording. */
    private static String at(Diagnostic d) {
        return d.rule() + " " + d.file() + ":" + d.line() + ":" + d.column();
    }

    private static List<Diagnostic> diagnostics(String... namedFiles) {
        SpecSource[] sources = new SpecSource[namedFiles.length];
        for (int i = 0; i < namedFiles.length; i++) {
            sources[i] = named(namedFiles[i]);
        }
        return read(project("bad", "1", sources)).diagnostics();
    }

    @Test
    void yamlSyntaxErrorIsReportedAtItsPosition() {
        List<Diagnostic> found = diagnostics("bad/syntax.yaml");
        assertThat(found).extracting(SpecDiagnosticsTest::at).containsExactly("spec.parse specs/bad/syntax.yaml:4:2");
        assertThat(found.get(0).message()).startsWith("YAML syntax error: ");
    }

    @Test
    void jsonSyntaxErrorIsReportedAtItsPosition() {
        List<Diagnostic> found = diagnostics("bad/syntax.json");
        assertThat(found).extracting(SpecDiagnosticsTest::at).containsExactly("spec.parse specs/bad/syntax.json:3:25");
        assertThat(found.get(0).message()).startsWith("JSON syntax error: ");
    }

    @Test
    void namedFileWithoutOpenapiKeyIsNotAnOpenApiDocument() {
        List<Diagnostic> found = diagnostics("bad/not-openapi.yaml");
        assertThat(found).extracting(SpecDiagnosticsTest::at).containsExactly("spec.parse specs/bad/not-openapi.yaml:1:1");
        assertThat(found.get(0).message()).contains("not an OpenAPI document");
    }

    @Test
    void swagger2IsRefusedWithAConversionHint() {
        List<Diagnostic> found = read(project("old", "1", found("bad/swagger.yaml"))).diagnostics();
        assertThat(found).extracting(SpecDiagnosticsTest::at).containsExactly("spec.parse specs/bad/swagger.yaml:1:1");
        assertThat(found.get(0).message()).contains("Swagger 2");
        assertThat(found.get(0).hint()).contains("swagger2openapi");
    }

    @Test
    void unsupportedOpenApiVersionIsReportedAtTheVersion() {
        List<Diagnostic> found = diagnostics("bad/version.yaml");
        assertThat(found).extracting(SpecDiagnosticsTest::at).containsExactly("spec.parse specs/bad/version.yaml:1:10");
        assertThat(found.get(0).message()).contains("'2.5.0'").contains("3.0.x and 3.1.x");
    }

    @Test
    void pathsThatAreNotAMappingAreReported() {
        assertThat(diagnostics("bad/paths-list.yaml")).extracting(SpecDiagnosticsTest::at)
                .containsExactly("spec.parse specs/bad/paths-list.yaml:5:3");
    }

    @Test
    void operationThatIsNotAMappingIsReportedAndTheOthersRead() {
        ApiSite site = read(project("bad", "1", named("bad/operation-scalar.yaml")));
        assertThat(site.diagnostics()).extracting(SpecDiagnosticsTest::at)
                .containsExactly("spec.parse specs/bad/operation-scalar.yaml:6:10");
        assertThat(site.diagnostics().get(0).message()).isEqualTo("operation GET /servers must be a mapping, found a string");
        assertThat(only(site).operations()).extracting(Operation::signature).containsExactly("POST /servers");
    }

    @Test
    void duplicateYamlKeyIsReportedAtTheSecond() {
        List<Diagnostic> found = diagnostics("bad/duplicate-key.yaml");
        assertThat(found).extracting(SpecDiagnosticsTest::at).containsExactly("spec.parse specs/bad/duplicate-key.yaml:8:3");
        assertThat(found.get(0).message()).isEqualTo("duplicate key '/servers' (first at line 5)");
    }

    @Test
    void brokenRefsAreReportedAtTheirRefKey() {
        ApiSite site = read(project("bad", "1", named("bad/refs.yaml")));
        assertThat(site.diagnostics()).extracting(SpecDiagnosticsTest::at).containsExactlyInAnyOrder(
                "spec.ref specs/bad/refs.yaml:13:17",
                "spec.ref specs/bad/refs.yaml:17:11",
                "spec.ref specs/bad/refs.yaml:22:9",
                "spec.ref specs/bad/refs.yaml:49:7",
                "spec.ref specs/bad/refs.yaml:52:7",
                "spec.ref specs/bad/refs.yaml:41:11");
        assertThat(only(site).operations()).hasSize(6); // every operation is still there
    }

    @Test
    void danglingRefNamesThePointerAndSuggestsASibling() {
        Diagnostic dangling = refDiagnostic(13);
        assertThat(dangling.message()).isEqualTo(
                "$ref '#/components/schemas/Sever' points nowhere: #/components/schemas has no 'Sever'");
        assertThat(dangling.hint()).isEqualTo("did you mean 'Server'?");
    }

    @Test
    void refsLeavingTheSpecFolderOrRemoteAreNotFollowed() {
        assertThat(refDiagnostic(17).message()).contains("leaves the spec folder");
        assertThat(refDiagnostic(22).message()).contains("remote $ref 'https://example.com/bodies.yaml#/Body' is not followed");
        assertThat(refDiagnostic(41).message()).contains("names a file that does not exist");
    }

    @Test
    void refCyclesAreNamed() {
        assertThat(refDiagnostic(49).message()).startsWith("$ref cycle A → B → A");
        assertThat(refDiagnostic(52).message()).startsWith("$ref cycle Self → Self");
    }

    @Test
    void duplicateOperationIdAcrossFilesNamesTheFirst() {
        ApiSite site = read(project("compute", "2.1", named("dup/a.yaml"), named("dup/b.yaml")));
        assertThat(site.diagnostics()).extracting(SpecDiagnosticsTest::at)
                .containsExactly("spec.duplicate specs/dup/b.yaml:10:5", "spec.duplicate specs/dup/b.yaml:15:5");
        assertThat(site.diagnostics().get(0).message())
                .isEqualTo("operationId 'listServers' is already used by GET /servers at specs/dup/a.yaml:9");
        assertThat(site.diagnostics().get(1).message()).isEqualTo("GET /servers is already defined at specs/dup/a.yaml:9");
    }

    @Test
    void oneBrokenSpecDoesNotStopTheOthers() {
        ApiSite site = read(project("bad", "1", named("bad/syntax.yaml")), project("pets", "1", named("petstore-31.yaml")));
        assertThat(site.services()).extracting(ServiceSpec::service).containsExactly("pets");
        assertThat(site.diagnostics()).extracting(Diagnostic::rule).containsExactly(Rules.SPEC_PARSE);
    }

    @Test
    void filesPastTheSizeLimitAreNotRead() throws IOException {
        Path big = temp.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(NodeReader.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        List<Diagnostic> found = read(temp("big", big)).diagnostics();
        assertThat(found).extracting(SpecDiagnosticsTest::at).containsExactly("spec.parse big.yaml:0:0");
        assertThat(found.get(0).message()).contains("larger than the 50 MiB limit");
    }

    @Test
    void nestingPastTheLimitIsReported() throws IOException {
        int depth = NodeReader.MAX_NESTING + 5;
        Path deep = temp.resolve("deep.json");
        Files.writeString(deep, "{\"openapi\": \"3.1.0\", \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
        List<Diagnostic> found = read(temp("deep", deep)).diagnostics();
        assertThat(found).extracting(SpecDiagnosticsTest::at).containsExactly("spec.parse deep.json:1:227");
        assertThat(found.get(0).message()).isEqualTo("nesting deeper than 200 levels");
    }

    private ProjectSources temp(String name, Path file) {
        ProjectConfig config = new ProjectConfig(name, null, null, "1", temp, null, AnchorStyle.GITHUB, List.of(file));
        return new ProjectSources(config, List.of(), null, List.of(new SpecSource(file, file.getFileName().toString(), true)));
    }

    private static Diagnostic refDiagnostic(int line) {
        return read(project("bad", "1", named("bad/refs.yaml"))).diagnostics().stream()
                .filter(d -> d.line() == line).findFirst().orElseThrow();
    }
}
