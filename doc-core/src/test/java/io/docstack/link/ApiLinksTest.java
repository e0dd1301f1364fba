package io.docstack.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.model.Diagnostic;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.Severity;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Operation;
import io.docstack.spec.ServiceSpec;
import io.docstack.spec.SpecPosition;

/**
 * {@code api:} references and request lines against hand-made specs: compute in versions 1.0 and
 * 2.0 (2.0 adds {@code listFlavors} and deprecates {@code listFloatingIps}), and a project
 * {@code guide} without a spec. Each reference of {@code guide/index.md} is on its own line.
 */
class ApiLinksTest {

    @TempDir
    static Path root;
    private static LinkGraph graph;
    private static ApiSite apis;

    @BeforeAll
    static void resolve() {
        TestFiles.write(root.resolve("compute-2.0"), "index.md", """
                # Compute

                ```http
                GET /v2.1/servers/9168b536?limit=1
                ```

                ```console
                $ DELETE /v2.1/flavors/x
                ```
                """);
        TestFiles.write(root.resolve("compute-1.0"), "index.md", "# Compute 1\n");
        TestFiles.write(root.resolve("guide"), "index.md", """
                # Guide

                [a](api:compute:listServers)
                [b](<api:compute:GET /servers/{id}>)
                [c](<api:compute:GET /servers/{server_id}>)
                [d](<api:compute:PUT /servers>)
                [e](api:compute:listServerz)
                [f](api:compte:listServers)
                [g](api:guide:listServers)
                [h](api:compute@1.0:listFlavors)
                [i](api:compute:createServer#flavorRef)
                [j](api:compute:createServer#flavourRef)
                [k](api:compute:listFloatingIps)
                [l](<api:compute:GET /servers/detail>)
                [m](api:compute:)
                [n](<api:compute:GET /serverz/{id}>)
                [o](api::listServers)

                ```http
                GET /anything
                ```
                """);
        // (line 17: api::listServers; line 20: the request line)
        SiteConfig config = TestFiles.site(root, root.resolve("out"))
                .project(new ProjectConfig("compute", null, null, "2.0", root.resolve("compute-2.0"), null))
                .project(new ProjectConfig("compute", null, null, "1.0", root.resolve("compute-1.0"), null))
                .project(new ProjectConfig("guide", null, null, "2.0", root.resolve("guide"), null))
                .build();
        Catalog catalog = Sources.aggregate(config);
        ConvertedSite site = Converter.convert(catalog, config.limits(), 1);
        apis = new ApiSite(List.of(compute("2.0", true), compute("1.0", false)), List.of());
        graph = Linker.resolve(catalog, site, apis);
    }

    static ServiceSpec compute(String version, boolean newer) {
        List<Operation> operations = new java.util.ArrayList<>(List.of(
                operation("GET", "/servers", "listServers", false),
                operation("POST", "/servers", "createServer", false,
                        new Operation.Parameter("flavorRef", "query", true, false, null, null)),
                operation("GET", "/servers/detail", "listServersDetail", false),
                operation("GET", "/servers/{id}", "showServer", false),
                operation("DELETE", "/servers/{id}", "deleteServer", false),
                operation("GET", "/os-floating-ips", "listFloatingIps", newer)));
        if (newer) {
            operations.add(operation("GET", "/flavors", "listFlavors", false));
        }
        return new ServiceSpec(new ProjectVersion("compute", version), "Compute", null, version,
                List.of(), List.of(new ServiceSpec.Tag("servers", null, SitePath.of("api/servers.html"))), operations);
    }

    private static Operation operation(String method, String path, String id, boolean deprecated,
                                       Operation.Parameter... parameters) {
        return new Operation(method, path, id, null, null, List.of("servers"), deprecated, List.of(parameters), null,
                List.of(), Map.of(), id.toLowerCase(java.util.Locale.ROOT), SitePath.of("api/servers.html"),
                new SpecPosition("compute.yaml", 1, 1));
    }

    private static ResolvedLink guide(int line) {
        return graph.of(new PageRef(new ProjectVersion("guide", "2.0"), SitePath.of("index.md"))).stream()
                .filter(l -> l.link().line() == line).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "3 | ../../compute/2.0/api/servers.html#listservers",
            "4 | ../../compute/2.0/api/servers.html#showserver",
            "11| ../../compute/2.0/api/servers.html#createserver",
            "14| ../../compute/2.0/api/servers.html#listserversdetail"})
    void referencesLinkToTheOperationOnItsReferencePage(int line, String href) {
        ResolvedLink link = guide(line);
        assertThat(link.href()).isEqualTo(href);
        assertThat(link.broken()).isFalse();
        assertThat(link.target()).isEqualTo(new PageRef(new ProjectVersion("compute", "2.0"), SitePath.of("api/servers.html")));
    }

    @Test
    void eachMistakeIsItsRuleWithAHint() {
        assertThat(problem(5)).extracting(Diagnostic::severity, Diagnostic::rule, Diagnostic::message, Diagnostic::hint)
                .containsExactly(Severity.INFO, Rules.API_PATH_NAMES,
                        "path parameters are named differently in the spec: {server_id} is {id}",
                        "the spec writes GET /servers/{id}");
        assertThat(problem(6)).extracting(Diagnostic::rule, Diagnostic::message, Diagnostic::hint)
                .containsExactly(Rules.API_METHOD, "the spec of compute 2.0 has no PUT for /servers", "it has GET, POST");
        assertThat(problem(7)).extracting(Diagnostic::rule, Diagnostic::hint)
                .containsExactly(Rules.API_OPERATION, "did you mean 'listServers'?");
        assertThat(problem(8)).extracting(Diagnostic::rule, Diagnostic::hint)
                .containsExactly(Rules.API_SERVICE, "did you mean 'compute'?");
        assertThat(problem(9)).extracting(Diagnostic::rule, Diagnostic::message)
                .containsExactly(Rules.API_SERVICE, "project 'guide' has no OpenAPI spec");
        assertThat(problem(10)).extracting(Diagnostic::rule, Diagnostic::message, Diagnostic::hint)
                .containsExactly(Rules.API_VERSION, "'listFlavors' is not in version 1.0 of compute",
                        "version 2.0 has it; name the version with api:compute@2.0:…");
        assertThat(problem(12)).extracting(Diagnostic::rule, Diagnostic::message, Diagnostic::hint)
                .containsExactly(Rules.API_PARAMETER, "createServer has no parameter or request body property 'flavourRef'",
                        "did you mean 'flavorRef'?");
        assertThat(problem(13)).extracting(Diagnostic::severity, Diagnostic::rule)
                .containsExactly(Severity.WARNING, Rules.API_DEPRECATED);
        assertThat(problem(15)).extracting(Diagnostic::rule).isEqualTo(Rules.API_SYNTAX);
        assertThat(problem(16)).extracting(Diagnostic::rule, Diagnostic::hint)
                .containsExactly(Rules.API_OPERATION, "did you mean '/servers/{id}'?");
        assertThat(problem(16).file()).isEqualTo("guide/index.md");
        assertThat(problem(16).column()).isEqualTo(1);
        assertThat(problem(17)).extracting(Diagnostic::rule, Diagnostic::message)
                .containsExactly(Rules.API_SYNTAX, "'api::listServers' names no service");
    }

    @Test
    void requestLinesMatchValuesQueriesAndBasePathsInTheirOwnProjectOnly() {
        List<ResolvedLink> compute = graph.of(new PageRef(new ProjectVersion("compute", "2.0"), SitePath.of("index.md")));
        assertThat(compute).hasSize(2);
        assertThat(compute.get(0).problem()).isNull();
        assertThat(compute.get(0).anchor()).isEqualTo("showserver");
        assertThat(compute.get(1).problem()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(Rules.API_OPERATION, 8, 3);
        assertThat(guide(20).problem()).as("no spec in guide: not checked").isNull();
    }

    @Test
    void coverageCountsOperationsReferencedFromAnyPage() {
        ApiCoverage coverage = ApiCoverage.of(apis, graph, 90);
        ApiCoverage.Service newest = coverage.services().get(0);
        assertThat(newest.referenced()).extracting(Operation::operationId)
                .containsExactly("listServers", "createServer", "listServersDetail", "showServer", "listFloatingIps");
        assertThat(newest.unreferenced()).extracting(Operation::operationId).containsExactly("deleteServer", "listFlavors");
        assertThat(coverage.services().get(1).referenced()).isEmpty();
        assertThat(coverage.diagnostics()).extracting(Diagnostic::rule, Diagnostic::severity, Diagnostic::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Rules.API_COVERAGE, Severity.WARNING,
                                "compute 2.0: 5 of 7 operations (71.4%) are referenced by a page, below minApiCoverage 90%"),
                        org.assertj.core.groups.Tuple.tuple(Rules.API_COVERAGE, Severity.WARNING,
                                "compute 1.0: 0 of 6 operations (0.0%) are referenced by a page, below minApiCoverage 90%"));
        assertThat(coverage.toJson()).contains("\"undocumented\" : [ {", "\"url\" : \"compute/2.0/api/servers.html#deleteserver\"");
        assertThat(ApiCoverage.of(apis, graph, 0).diagnostics()).isEmpty();
    }

    @Test
    void codeThatLooksLikeAReferenceIsJustCodeInASiteWithoutSpecs() {
        Path docs = TestFiles.write(root.resolve("plain"), "index.md", "# Plain\n\nSet `api:core:v1` and [x](api:core:v1).\n");
        SiteConfig config = TestFiles.site(root, root.resolve("out2")).project(TestFiles.project("plain", docs)).build();
        Catalog catalog = Sources.aggregate(config);
        LinkGraph plain = Linker.resolve(catalog, Converter.convert(catalog, config.limits(), 1), new ApiSite(List.of(), List.of()));
        assertThat(plain.diagnostics()).extracting(Diagnostic::column, Diagnostic::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(23, Rules.API_SERVICE));
    }

    private static Diagnostic problem(int line) {
        Diagnostic problem = guide(line).problem();
        assertThat(problem).as("problem on line %d", line).isNotNull();
        return problem;
    }
}
