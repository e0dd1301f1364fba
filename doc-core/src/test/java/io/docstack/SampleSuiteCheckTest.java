package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.config.CheckOptions;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * The gate's accuracy on the sample suite: the suite as shipped checks clean; a copy with one
 * breakage of each rule reports exactly those breakages, at the right file, line and column.
 */
class SampleSuiteCheckTest {

    private static final Path SUITE = Path.of("../samples/cloud-suite").toAbsolutePath().normalize();
    private static final List<String[]> PROJECTS = List.of(
            new String[] {"getting-started", "2025.1", "getting-started"},
            new String[] {"compute", "2.4", "compute/src/docs"},
            new String[] {"network", "1.9", "network/src/docs"},
            new String[] {"identity", "3.0", "identity/src/docs"},
            new String[] {"image", "2.1", "image/src/docs"},
            new String[] {"block-storage", "1.2", "block-storage/src/docs"});

    @TempDir
    Path copy;

    @BeforeEach
    void copySuite() throws IOException {
        for (String[] project : PROJECTS) {
            Path from = SUITE.resolve(project[2]);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path to = copy.resolve(project[2]).resolve(from.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
        }
    }

    private CheckResult check() {
        SiteConfig.Builder config = TestFiles.site(copy, copy.resolve("target/site"));
        for (String[] project : PROJECTS) {
            config.project(new ProjectConfig(project[0], project[0], null, project[1], copy.resolve(project[2]), null));
        }
        return Docstack.check(config.build(), CheckOptions.reportingTo(copy.resolve("target/doc-check")));
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
        assertThat(result.all()).isEmpty();
        assertThat(result.pages()).isEqualTo(49);
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
                "## Second {#twice}");
        String authenticate = "identity/src/docs/guide/authenticate.adoc";
        int adoc = append(authenticate,
                "See xref:compute:guide/launch.md#no-such-section[launching] and <<nowhere-in-this-page>>.",
                "",
                "----",
                "xref:nowhere:x.adoc[not a link in a listing]",
                "----");
        Files.writeString(copy.resolve("network/src/docs/guide/orphan.md"), "# Orphan\n\nNobody links here.\n");
        String nav = "network/src/docs/nav.yml";
        int navLine = append(nav, "- guide/no-such-page.md");

        List<Diagnostic> found = check().all();

        assertThat(found).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::column, Diagnostic::rule)
                .containsExactly(
                        tuple(authenticate, adoc, 5, Rules.LINK_ANCHOR),
                        tuple(authenticate, adoc, 65, Rules.LINK_ANCHOR),
                        tuple("network/src/docs/guide/orphan.md", 0, 0, Rules.NAV_UNREACHABLE),
                        tuple(ports, md, 3, Rules.LINK_BROKEN),
                        tuple(ports, md + 1, 3, Rules.LINK_ANCHOR),
                        tuple(ports, md + 2, 3, Rules.XREF_PROJECT),
                        tuple(ports, md + 3, 3, Rules.XREF_PROJECT),
                        tuple(ports, md + 4, 3, Rules.LINK_ASSET),
                        tuple(ports, md + 5, 3, Rules.LINK_ESCAPE),
                        tuple(ports, md + 6, 3, Rules.LINK_CASE),
                        tuple(ports, md + 7, 3, Rules.XREF_SYNTAX),
                        tuple(ports, md + 17, 12, Rules.ANCHOR_DUPLICATE),
                        tuple(nav, navLine, 3, Rules.NAV_BROKEN));
        assertThat(found).filteredOn(d -> d.rule().equals(Rules.NAV_UNREACHABLE)).allMatch(d -> !d.isError());
    }
}
