package io.docstack.corpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.Docstack;
import io.docstack.TestFiles;
import io.docstack.build.BuildResult;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * The real curl examples of the OpenStack load-balancing (octavia) api-ref, each file one
 * {@code bash} block of a page, in a project with the real spec: every command goes to
 * {@code http://198.51.100.10:9876} (a documentation address, so a request to the API) and
 * must find its operation, as the api-ref's own {@code rest_method} lines do. To show that each
 * is checked, each command is also written with its first path word misspelt, and each of those
 * is an {@code api.operation} error. Skipped when the corpus is absent.
 */
class OpenstackCurlTest {

    @TempDir
    Path site;

    @Test
    void everyCurlExampleOfTheLoadBalancingGuideFindsItsOperation() throws IOException {
        Path corpus = Corpora.locate("openapi-openstack", "specs").orElse(null);
        assumeTrue(corpus != null, "corpus openapi-openstack not found (set -Ddocstack.corpora=<folder>)");
        ApiRefSet octavia = ApiRefSet.named("octavia");
        Path examples = octavia.source(corpus).resolve("v2/examples");
        List<Path> curls;
        try (Stream<Path> list = Files.list(examples)) {
            curls = list.filter(p -> p.getFileName().toString().endsWith("-curl")).sorted().toList();
        }
        Path docs = site.resolve("load-balancing");
        for (Path curl : curls) {
            String command = Files.readString(curl, StandardCharsets.UTF_8).strip();
            TestFiles.write(docs.resolve(curl.getFileName() + ".md"),
                    ("# " + curl.getFileName() + "\n\n```bash\n" + command + "\n```\n").getBytes(StandardCharsets.UTF_8));
            String misspelt = command.replaceFirst("(:9876/v2(?:\\.0)?/)(\\w)", "$1x$2");
            TestFiles.write(docs.resolve("misspelt/" + curl.getFileName() + ".md"),
                    ("# " + curl.getFileName() + "\n\n```bash\n" + misspelt + "\n```\n").getBytes(StandardCharsets.UTF_8));
        }
        SiteConfig config = TestFiles.site(site, site.resolve("out")).title("Load balancing")
                .project(new ProjectConfig(octavia.project(), null, null, "1", docs, null, null,
                        List.of(octavia.specFile(corpus)))).build();
        BuildResult result = Docstack.build(config);
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        System.out.printf("openapi-openstack octavia curl examples: %d commands, %d errors (%d misspelt copies)%n",
                curls.size(), errors.size(), curls.size());
        assertThat(curls).hasSize(74);
        assertThat(errors).allSatisfy(error -> assertThat(error.file()).as(error.toString()).contains("/misspelt/"));
        assertThat(errors).extracting(Diagnostic::rule).hasSize(74).containsOnly(Rules.API_OPERATION);
    }
}
