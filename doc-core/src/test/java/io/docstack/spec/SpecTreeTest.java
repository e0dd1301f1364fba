package io.docstack.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.source.Sources;

/**
 * A spec tree laid out as the OpenSearch API specification is: one OpenAPI document per namespace
 * under {@code namespaces/} (the core one named {@code _core.yaml}), shared components under
 * {@code schemas/} ({@code _common.yaml}), each referring to the other folder with {@code ../}.
 */
class SpecTreeTest {

    @TempDir
    Path root;

    @BeforeEach
    void tree() throws IOException {
        TestFiles.write(root.resolve("docs"), "index.md", "# Search\n");
        TestFiles.write(root.resolve("spec/namespaces"), "_core.yaml", """
                openapi: 3.1.0
                info: {title: OpenSearch API, version: 1.0.0}
                servers:
                  - url: '{protocol}://{hostname}:{port}'
                paths:
                  /_search:
                    get:
                      operationId: search
                      parameters:
                        - $ref: '../schemas/_common.yaml#/components/parameters/pretty'
                      responses: {'200': {description: OK}}
                """);
        TestFiles.write(root.resolve("spec/namespaces"), "indices.yaml", """
                openapi: 3.1.0
                info: {title: OpenSearch API, version: 1.0.0}
                paths:
                  /{index}:
                    put:
                      operationId: indices.create
                      parameters:
                        - {name: index, in: path, required: true, schema: {type: string}}
                      responses: {'200': {description: OK}}
                """);
        TestFiles.write(root.resolve("spec/schemas"), "_common.yaml", """
                openapi: 3.1.0
                info: {title: Schemas of the core API, version: 1.0.0}
                paths: {}
                components:
                  parameters:
                    pretty: {name: pretty, in: query, schema: {type: boolean}}
                """);
        TestFiles.write(root.resolve("spec"), ".spectral.yaml", "extends: spectral:oas\n");
        Files.createSymbolicLink(root.resolve("spec/namespaces/gone.yaml"), root.resolve("spec/nowhere.yaml"));
    }

    private ApiSite read(List<Path> specs) {
        var config = TestFiles.site(root, root.resolve("out"))
                .project(new ProjectConfig("search", null, null, "1", root.resolve("docs"), null, null, specs)).build();
        return Specs.read(Sources.aggregate(config));
    }

    @Test
    void filesStartingWithAnUnderscoreAreSpecsAndRefsReachSiblingFolders() {
        ApiSite site = read(List.of(root.resolve("spec")));
        assertThat(site.services()).hasSize(1);
        ServiceSpec search = site.services().get(0);
        assertThat(search.operations()).extracting(Operation::operationId).containsExactly("search", "indices.create");
        assertThat(search.operations().get(0).parameters()).extracting(Operation.Parameter::name).containsExactly("pretty");
        assertThat(search.servers()).containsExactly("{protocol}://{hostname}:{port}");
        assertThat(site.diagnostics()).as("the broken link is reported, once, and nothing else")
                .extracting(Diagnostic::rule, Diagnostic::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rules.SPEC_PARSE, "spec/namespaces/gone.yaml"));
        assertThat(site.diagnostics().get(0).message()).startsWith("cannot read the spec file");
    }

    @Test
    void refsMayCrossIntoAnotherConfiguredSpecFolderButNoFurther() throws IOException {
        TestFiles.write(root, "secret.yaml", "components: {parameters: {x: {name: x, in: query}}}\n");
        TestFiles.write(root.resolve("spec/namespaces"), "cat.yaml", """
                openapi: 3.1.0
                info: {title: OpenSearch API, version: 1.0.0}
                paths:
                  /_cat:
                    get:
                      parameters:
                        - $ref: '../../secret.yaml#/components/parameters/x'
                      responses: {'200': {description: OK}}
                """);
        ApiSite site = read(List.of(root.resolve("spec/namespaces"), root.resolve("spec/schemas")));
        assertThat(site.services().get(0).operations().get(0).parameters()).extracting(Operation.Parameter::name)
                .containsExactly("pretty");
        assertThat(site.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rules.SPEC_REF, "spec/namespaces/cat.yaml"),
                org.assertj.core.groups.Tuple.tuple(Rules.SPEC_PARSE, "spec/namespaces/gone.yaml"));
        assertThat(site.diagnostics().get(0).message()).contains("leaves the spec folder");
    }
}
