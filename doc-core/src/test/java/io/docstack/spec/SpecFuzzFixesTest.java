package io.docstack.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.config.AnchorStyle;
import io.docstack.config.ProjectConfig;
import io.docstack.model.Diagnostic;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.ProjectSources.SpecSource;

/**
 * Inputs that once crashed the spec stage or ran away with time or memory, replayed on every
 * build (as jsoup's {@code FuzzFixesTest}): each must end in diagnostics, quickly.
 */
class SpecFuzzFixesTest {

    @TempDir
    Path temp;

    private static String at(Diagnostic d) {
        return d.rule() + " " + d.file() + ":" + d.line() + ":" + d.column();
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private ApiSite read(Path... files) {
        return Specs.read(new Catalog(List.of(project("fuzz", files)), List.of()));
    }

    private ProjectSources project(String name, Path... files) {
        ProjectConfig config = new ProjectConfig(name, null, null, "1", temp, null, AnchorStyle.GITHUB, List.of(files));
        List<SpecSource> sources = java.util.Arrays.stream(files)
                .map(f -> new SpecSource(f, temp.relativize(f).toString(), true)).toList();
        return new ProjectSources(config, List.of(), null, sources);
    }

    @Test
    void nulInARefFileIsASpecRefAtTheRef() throws IOException {
        Path spec = write("nul.yaml", """
                openapi: 3.1.0
                info: {title: NUL}
                paths:
                  /a:
                    get:
                      requestBody:
                        $ref: 'x%00.yaml#/components/requestBodies/B'
                      responses: {}
                """);
        ApiSite site = read(spec);
        assertThat(site.diagnostics()).extracting(SpecFuzzFixesTest::at).containsExactly("spec.ref nul.yaml:7:9");
        assertThat(site.diagnostics().get(0).message()).contains("a NUL character");
        assertThat(site.services()).hasSize(1);
    }
}
