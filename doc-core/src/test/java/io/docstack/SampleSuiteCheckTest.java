package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.check.CheckResult;
import io.docstack.check.Gate;
import io.docstack.config.CheckOptions;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * The gate's accuracy on the sample suite: the suite as shipped has no errors (its warnings are
 * the intended ones: a deprecated operation documented, services below {@code minApiCoverage}); a
 * copy with one breakage of each rule reports exactly those breakages, at the right file, line and
 * column. Module projects are copied with their {@code src/openapi} specs.
 */
class SampleSuiteCheckTest {

    @TempDir
    Path copy;

    @BeforeEach
    void copySuite() {
        SampleSuite.copyTo(copy);
    }

    private CheckResult check() {
        return Docstack.check(SampleSuite.site(copy).minApiCoverage(80).build(),
                CheckOptions.reportingTo(copy.resolve("target/doc-check")));
    }

    /** Appends lines to a file; returns the line number of the first appended line. */
    private int append(String file, String... lines) throws IOException {
        Path path = copy.resolve(file);
        List<String> existing = Files.readAllLines(path, StandardCharsets.UTF_8);
        String text = (Files.readString(path).endsWith("\n") ? "" : "\n") + "\n" + String.join("\n", lines) + "\n";
        Files.writeString(path, text, StandardOpenOption.APPEND);
        return existing.size() + 2;
    }

    @Test
    void theSampleSuiteChecksClean() {
        CheckResult result = check();
        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::rule).containsExactly(
                tuple("block-storage/src/openapi/block-storage.yaml", 1, Rules.API_COVERAGE),
                tuple("compute/src/docs/guide/launch.md", 129, Rules.API_DEPRECATED),
                // The _partials/ that their pages include, counted at info level.
                tuple("identity/src/docs", 0, Rules.SOURCE_SKIPPED),
                tuple("identity/src/openapi/identity.yaml", 1, Rules.API_COVERAGE),
                tuple("image/src/docs", 0, Rules.SOURCE_SKIPPED),
                tuple("image/src/openapi/image.yaml", 1, Rules.API_COVERAGE),
                tuple("network/src/openapi/network.yaml", 1, Rules.API_COVERAGE));
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(result.diagnostics().get(6).message()).startsWith("network 1.9: 27 of 39 operations (69.2%)");
        // 49 written pages, and 33 API reference pages: per service an overview and one page per tag.
        assertThat(result.pages()).isEqualTo(49 + 33);
        assertThat(copy.resolve("target/doc-check/api-coverage.json")).content().contains("\"percent\" : 69.2");
        assertThat(copy.resolve("target/doc-check/" + Gate.SARIF)).isRegularFile();
        assertThat(copy.resolve("target/doc-check/" + Gate.JUNIT)).isRegularFile();
    }

    @Test
    void oneBreakageOfEachRuleIsFoundExactlyWhereItIs() throws IOException {
        String ports = "network/src/docs/guide/ports.md";
        int md = append(ports,
                "- [a](missing-page.md)",
                "- [b](networks.md#no-such-anchor)",
                "- [c](xref:computer:index.md)",
                "- [d](xref:compute@9.9:index.md)",
                "- ![e](images/missing.png)",
                "- [f](../../../../pom.xml)",
                "- [g](Networks.md)",
                "- [h](xref:Net:guide/ports.md)",
                "",
                "```",
                "[not a link](nowhere.md) xref:nowhere:x.md",
                "```",
                "",
                "Inline `[code](nowhere.md)` is not a link either.",
                "",
                "## First {#twice}",
                "",
                "## Second {#twice}",
                "",
                "- [i](api:network:listPortz)",
                "- [j](api:netwrk:listPorts)",
                "- [k](<api:network:PATCH /ports>)",
                "- [l](api:network:createPort#nmae)",
                "- [m](api:network)",
                "- `api:network:GET /portz`");
        String authenticate = "identity/src/docs/guide/authenticate.adoc";
        int adoc = append(authenticate,
                "See xref:compute:guide/launch.md#no-such-section[launching] and <<nowhere-in-this-page>>.",
                "Call api:identity:issueTokn[] first.",
                "",
                "----",
                "xref:nowhere:x.adoc[not a link in a listing]",
                "----");
        Files.writeString(copy.resolve("network/src/docs/guide/orphan.md"), "# Orphan\n\nNobody links here.\n");
        String spec = "network/src/openapi/extensions.yaml";
        Files.writeString(copy.resolve(spec), """
                openapi: 3.0.3
                info: {title: Extensions, version: "1"}
                paths:
                  /extras:
                    get:
                      operationId: listExtras
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Extensoins'}
                components:
                  schemas:
                    Extensions: {type: object}
                """);
        String nav = "network/src/docs/nav.yml";
        int navLine = append(nav, "- guide/no-such-page.md");

        List<Diagnostic> found = check().diagnostics().stream().filter(Diagnostic::isError).toList();

        assertThat(found).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::column, Diagnostic::rule)
                .containsExactly(
                        tuple(authenticate, adoc, 5, Rules.LINK_ANCHOR),
                        tuple(authenticate, adoc, 65, Rules.LINK_ANCHOR),
                        tuple(authenticate, adoc + 1, 6, Rules.API_OPERATION),
                        tuple(ports, md, 3, Rules.LINK_BROKEN),
                        tuple(ports, md + 1, 3, Rules.LINK_ANCHOR),
                        tuple(ports, md + 2, 3, Rules.XREF_PROJECT),
                        tuple(ports, md + 3, 3, Rules.XREF_PROJECT),
                        tuple(ports, md + 4, 3, Rules.LINK_ASSET),
                        tuple(ports, md + 5, 3, Rules.LINK_ESCAPE),
                        tuple(ports, md + 6, 3, Rules.LINK_CASE),
                        tuple(ports, md + 7, 3, Rules.XREF_SYNTAX),
                        tuple(ports, md + 17, 12, Rules.ANCHOR_DUPLICATE),
                        tuple(ports, md + 19, 3, Rules.API_OPERATION),
                        tuple(ports, md + 20, 3, Rules.API_SERVICE),
                        tuple(ports, md + 21, 3, Rules.API_METHOD),
                        tuple(ports, md + 22, 3, Rules.API_PARAMETER),
                        tuple(ports, md + 23, 3, Rules.API_SYNTAX),
                        tuple(ports, md + 24, 4, Rules.API_OPERATION),
                        tuple(nav, navLine, 3, Rules.NAV_BROKEN),
                        tuple(spec, 12, 24, Rules.SPEC_REF));
        assertThat(check().diagnostics()).filteredOn(d -> d.rule().equals(Rules.NAV_UNREACHABLE))
                .extracting(Diagnostic::file).containsExactly("network/src/docs/guide/orphan.md");
    }
}
