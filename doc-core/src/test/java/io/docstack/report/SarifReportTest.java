package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.docstack.Golden;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

class SarifReportTest {

    @TempDir
    Path temp;

    @Test
    void matchesTheGoldenFile() throws IOException {
        Path file = temp.resolve("reports/docstack.sarif");
        SarifReport.write(file, Samples.RUN, "docs-site/", "1.2.3");
        Golden.assertMatches("report/docstack.sarif", Files.readAllBytes(file));
    }

    @Test
    void isDeterministicWhateverTheInputOrder() throws IOException {
        SarifReport.write(temp.resolve("a.sarif"), Samples.RUN, "docs-site", "1.2.3");
        List<Diagnostic> reversed = new ArrayList<>(Samples.RUN);
        java.util.Collections.reverse(reversed);
        SarifReport.write(temp.resolve("b.sarif"), reversed, "docs-site/", "1.2.3");
        assertThat(Files.readAllBytes(temp.resolve("b.sarif"))).isEqualTo(Files.readAllBytes(temp.resolve("a.sarif")));
    }

    @Test
    void hasTheSchemaFieldsOneRunAndEveryRule() throws IOException {
        JsonNode log = write(Samples.RUN, "docs-site/");
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = run(log).at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("Docstack");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        JsonNode rules = driver.get("rules");
        // Every catalog rule, then the unknown custom.note.
        assertThat(rules).hasSize(Rules.ALL.size() + 1);
        for (int i = 0; i < Rules.ALL.size(); i++) {
            Rules.Rule rule = Rules.ALL.get(i);
            assertThat(rules.get(i).get("id").asText()).isEqualTo(rule.id());
            assertThat(rules.get(i).at("/shortDescription/text").asText()).isEqualTo(rule.description());
            assertThat(rules.get(i).at("/defaultConfiguration/level").asText())
                    .isEqualTo(switch (rule.severity()) { case ERROR -> "error"; case WARNING -> "warning"; case INFO -> "note"; });
        }
        JsonNode unknown = rules.get(Rules.ALL.size());
        assertThat(unknown.get("id").asText()).isEqualTo("custom.note");
        assertThat(unknown.at("/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(run(log).at("/originalUriBaseIds/%SRCROOT%")).isNotNull();
        assertThat(run(log).get("originalUriBaseIds").has("%SRCROOT%")).isTrue();
    }

    @Test
    void everyRuleIndexPointsAtItsRule() throws IOException {
        JsonNode run = run(write(Samples.RUN, ""));
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(run.get("results")).hasSize(Samples.RUN.size());
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
        }
    }

    @Test
    void resultsCarryLevelMessageHintAndFingerprint() throws IOException {
        JsonNode results = run(write(Samples.RUN, "")).get("results");
        JsonNode anchor = find(results, "link.anchor");
        assertThat(anchor.get("level").asText()).isEqualTo("error");
        assertThat(anchor.at("/message/text").asText())
                .isEqualTo("no heading 'flavours' in network/guide/ports.md (did you mean 'flavors'?)");
        assertThat(anchor.at("/partialFingerprints/docstack~1v1").asText())
                .isEqualTo(Fingerprint.of(List.of(Samples.ANCHOR)).get(0));
        assertThat(find(results, "nav.unreachable").get("level").asText()).isEqualTo("warning");
        assertThat(find(results, "custom.note").get("level").asText()).isEqualTo("note");
        for (JsonNode result : results) {
            assertThat(result.at("/partialFingerprints/docstack~1v1").asText()).matches("[0-9a-f]{32}:\\d+");
        }
    }

    @Test
    void regionOnlyWhenTheLineIsKnown() throws IOException {
        JsonNode results = run(write(Samples.RUN, "")).get("results");
        JsonNode anchor = find(results, "link.anchor").at("/locations/0/physicalLocation");
        assertThat(anchor.at("/region/startLine").asInt()).isEqualTo(42);
        assertThat(anchor.at("/region/startColumn").asInt()).isEqualTo(17);
        JsonNode unreachable = find(results, "nav.unreachable").at("/locations/0/physicalLocation");
        assertThat(unreachable.has("region")).isFalse();
        assertThat(unreachable.get("artifactLocation")).isNotNull();
        JsonNode noColumn = find(results, "custom.note").at("/locations/0/physicalLocation/region");
        assertThat(noColumn.get("startLine").asInt()).isEqualTo(12);
        assertThat(noColumn.has("startColumn")).isFalse();
    }

    @Test
    void urisAreRepositoryRelativeAndEscaped() throws IOException {
        JsonNode results = run(write(Samples.RUN, "docs-site/")).get("results");
        JsonNode anchor = find(results, "link.anchor").at("/locations/0/physicalLocation/artifactLocation");
        assertThat(anchor.get("uri").asText()).isEqualTo("docs-site/compute/guide/boot.md");
        assertThat(anchor.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode nasty = find(results, "parse.markdown").at("/locations/0/physicalLocation/artifactLocation");
        assertThat(nasty.get("uri").asText()).isEqualTo("docs-site/network/guide/ports%20%26%20routes%20%C3%A9.md");
        assertThat(java.net.URI.create(nasty.get("uri").asText()).getPath())
                .isEqualTo("docs-site/network/guide/ports & routes é.md");
    }

    @Test
    void prefixIsNormalisedAndAbsolutePathsBecomeFileUris() throws IOException {
        Diagnostic inRepo = Diagnostic.error(Rules.LINK_BROKEN, "a:b.md", 1, 1, "m", null);
        Diagnostic outside = Diagnostic.error(Rules.CHECK_BASELINE, "/tmp/base line.json", 0, 0, "missing", null);
        JsonNode results = run(write(List.of(inRepo, outside), "./docs\\site")).get("results");
        assertThat(find(results, "link.broken").at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("docs/site/a%3Ab.md");
        JsonNode absolute = find(results, "check.baseline").at("/locations/0/physicalLocation/artifactLocation");
        assertThat(absolute.get("uri").asText()).isEqualTo("file:///tmp/base%20line.json");
        assertThat(absolute.has("uriBaseId")).isFalse();
    }

    @Test
    void emptyRunStillListsTheRulesAndNoVersionWhenUnknown() throws IOException {
        Path file = temp.resolve("empty.sarif");
        SarifReport.write(file, List.of(), "", null);
        JsonNode run = run(new ObjectMapper().readTree(file.toFile()));
        assertThat(run.get("results")).isEmpty();
        assertThat(run.at("/tool/driver/rules")).hasSize(Rules.ALL.size());
        assertThat(run.at("/tool/driver").has("version")).isFalse();
    }

    private JsonNode write(List<Diagnostic> diagnostics, String prefix) throws IOException {
        Path file = temp.resolve("docstack.sarif");
        SarifReport.write(file, diagnostics, prefix, "1.2.3");
        return new ObjectMapper().readTree(file.toFile());
    }

    private static JsonNode run(JsonNode log) {
        return log.get("runs").get(0);
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        for (JsonNode result : results) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }
}
