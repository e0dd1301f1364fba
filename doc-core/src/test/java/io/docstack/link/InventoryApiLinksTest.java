package io.docstack.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.inventory.Inventory;
import io.docstack.inventory.InventoryFiles;
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
 * {@code api:} references across sites: compute 2.0 is built here with a hand-made spec; network
 * (2.0 and 1.0) is known only from its inventory, with operations; image only from an older
 * inventory without them. compute's page references network's operations, and a network page
 * references compute's, some of which compute's spec has dropped. Each reference of
 * {@code compute/index.md} is on its own line.
 */
class InventoryApiLinksTest {

    private static final ProjectVersion COMPUTE = new ProjectVersion("compute", "2.0");

    @TempDir
    static Path dir;
    private static LinkGraph graph;
    private static ApiSite apis;

    @BeforeAll
    static void resolve() throws IOException {
        TestFiles.write(dir.resolve("compute"), "index.md", """
                # Compute

                [a](api:network:listPorts)
                [b](<api:network:PUT /ports>)
                [c](api:network:listPortz)
                [d](api:network:listFloatingIps)
                [e](api:network:createPort#fixed_ips)
                [f](api:network:createPort#fixed_ip)
                [g](api:network:listTrunks)
                [h](api:network@1.0:listTrunks)
                [i](api:image:listImages)
                [j](api:compute:listStale)

                ```http service=network
                GET /v2.0/ports/3f2a
                ```
                """);
        InventoryFiles.write(new Inventory("", List.of(
                network("2.0", List.of(
                        operation("listPorts", "GET", "/v2.0/ports", false),
                        operation("createPort", "POST", "/v2.0/ports", false, "fixed_ips", "name"),
                        operation("showPort", "GET", "/v2.0/ports/{port_id}", false),
                        operation("listFloatingIps", "GET", "/v2.0/floatingips", true))),
                network("1.0", List.of(operation("listTrunks", "GET", "/v2.0/trunks", false))),
                new Inventory.Project("compute", "2.0", "Stale compute", List.of(),
                        List.of(operation("listStale", "GET", "/stale", false))),
                new Inventory.Project("image", "1.0", "Image", List.of(), List.of())
        )), dir.resolve("network-inventory.json"));
        SiteConfig config = TestFiles.site(dir, dir.resolve("out"))
                .project(new ProjectConfig("compute", null, null, "2.0", dir.resolve("compute"), null))
                .inventory("network-inventory.json")
                .build();
        Catalog catalog = Sources.aggregate(config);
        assertThat(catalog.diagnostics()).isEmpty();
        ConvertedSite site = Converter.convert(catalog, config.limits(), 1);
        apis = new ApiSite(List.of(computeSpec()), List.of());
        graph = Linker.resolve(catalog, site, apis);
    }

    private static Inventory.Project network(String version, List<Inventory.Operation> operations) {
        Inventory.Page ports = new Inventory.Page("guide/ports.md", "guide/ports.html", "network/docs/guide/ports.md",
                "Ports", List.of("ports"), version.equals("2.0") ? List.of(
                        new Inventory.Xref("api:compute:listServers", 3, 1),
                        new Inventory.Xref("api:compute:deleteServer", 4, 5),
                        new Inventory.Xref("api:compute:createServer#imageRef", 5, 1),
                        new Inventory.Xref("api:compute:GET /servers/{id}", 6, 1),
                        new Inventory.Xref("api:compute@1.0:listServers", 7, 1),
                        new Inventory.Xref("api:image:listImages", 8, 1)) : List.of());
        return new Inventory.Project("network", version, "Network", List.of(ports), operations);
    }

    private static Inventory.Operation operation(String id, String method, String path, boolean deprecated,
                                                 String... fields) {
        return new Inventory.Operation(id, method, path, "api/ports.html", id.toLowerCase(java.util.Locale.ROOT),
                deprecated, List.of(fields));
    }

    private static ServiceSpec computeSpec() {
        SpecPosition at = new SpecPosition("compute/openapi.yaml", 1, 1);
        List<Operation> operations = List.of(
                new Operation("GET", "/servers", "listServers", null, null, List.of(), false, List.of(), null,
                        List.of(), Map.of(), "listservers", SitePath.of("api/servers.html"), at),
                new Operation("POST", "/servers", "createServer", null, null, List.of(), false,
                        List.of(new Operation.Parameter("flavorRef", "query", true, false, null, null)), null,
                        List.of(), Map.of(), "createserver", SitePath.of("api/servers.html"), at),
                new Operation("GET", "/servers/{id}", "showServer", null, null, List.of(), false, List.of(), null,
                        List.of(), Map.of(), "showserver", SitePath.of("api/servers.html"), at));
        return new ServiceSpec(COMPUTE, "Compute", null, "2.0",
                List.of(new ServiceSpec.SpecFile(dir.resolve("compute.yaml"), "compute/openapi.yaml", "3.0.3")),
                List.of(), operations);
    }

    private static ResolvedLink compute(int line) {
        return graph.of(new PageRef(COMPUTE, SitePath.of("index.md"))).stream()
                .filter(l -> l.link().line() == line).findFirst().orElseThrow();
    }

    @Test
    void referencesToAnInventoriedServiceLinkToItsReferencePage() {
        assertThat(compute(3).href()).isEqualTo("../../network/2.0/api/ports.html#listports");
        assertThat(compute(3).problem()).isNull();
        assertThat(compute(3).target()).isEqualTo(new PageRef(new ProjectVersion("network", "2.0"),
                SitePath.of("api/ports.html")));
        assertThat(compute(7).problem()).isNull();
        assertThat(compute(10).href()).isEqualTo("../../network/1.0/api/ports.html#listtrunks");
        assertThat(compute(15)).extracting(ResolvedLink::anchor, ResolvedLink::problem).containsExactly("showport", null);
    }

    @Test
    void mistakesAgainstAnInventoriedServiceGetTheSameRulesAndHints() {
        assertThat(compute(4).problem()).extracting(Diagnostic::rule, Diagnostic::message, Diagnostic::hint)
                .containsExactly(Rules.API_METHOD, "the spec of network 2.0 has no PUT for /v2.0/ports", "it has GET, POST");
        assertThat(compute(5).problem()).extracting(Diagnostic::rule, Diagnostic::message, Diagnostic::hint)
                .containsExactly(Rules.API_OPERATION, "no operation 'listPortz' in the spec of network 2.0",
                        "did you mean 'listPorts'?");
        assertThat(compute(6).problem()).extracting(Diagnostic::severity, Diagnostic::rule)
                .containsExactly(Severity.WARNING, Rules.API_DEPRECATED);
        assertThat(compute(8).problem()).extracting(Diagnostic::rule, Diagnostic::hint)
                .containsExactly(Rules.API_PARAMETER, "did you mean 'fixed_ips'?");
        assertThat(compute(9).problem()).extracting(Diagnostic::rule, Diagnostic::message, Diagnostic::hint)
                .containsExactly(Rules.API_VERSION, "'listTrunks' is not in version 2.0 of network",
                        "version 1.0 has it; name the version with api:network@1.0:…");
        assertThat(compute(4).wanted()).isEqualTo(new PageRef(new ProjectVersion("network", "2.0"),
                ServiceSpec.indexPage()));
    }

    @Test
    void aServiceWhoseInventoryListsNoOperationsHasNoSpec() {
        assertThat(compute(11).problem()).extracting(Diagnostic::rule, Diagnostic::message)
                .containsExactly(Rules.API_SERVICE, "project 'image' has no OpenAPI spec");
        assertThat(compute(11).problem().hint()).contains("inventory lists no operations");
    }

    @Test
    void aLocalProjectVersionHidesTheSameOneInAnInventory() {
        assertThat(compute(12).problem()).extracting(Diagnostic::rule, Diagnostic::message)
                .containsExactly(Rules.API_OPERATION, "no operation 'listStale' in the spec of compute 2.0");
    }

    @Test
    void inboundApiReferencesThatTheLocalSpecBreaksAreReportedOnTheSpec() {
        assertThat(graph.inbound()).extracting(l -> l.problem().file(), l -> l.problem().line(),
                        l -> l.problem().rule(), l -> l.problem().message())
                .containsExactly(
                        tuple("compute/openapi.yaml", 0, Rules.API_OPERATION,
                                "inbound API reference from network@2.0 network/docs/guide/ports.md:4:5 "
                                        + "(inventory network-inventory.json): no operation 'deleteServer' in the spec "
                                        + "of compute 2.0"),
                        tuple("compute/openapi.yaml", 0, Rules.API_PARAMETER,
                                "inbound API reference from network@2.0 network/docs/guide/ports.md:5:1 "
                                        + "(inventory network-inventory.json): createServer has no parameter or "
                                        + "request body property 'imageRef'"));
        assertThat(graph.inbound()).extracting(ResolvedLink::wanted).containsExactly(
                new PageRef(COMPUTE, ServiceSpec.indexPage()), new PageRef(COMPUTE, SitePath.of("api/servers.html")));
        assertThat(graph.diagnostics()).containsAll(graph.inbound().stream().map(ResolvedLink::problem).toList());
    }

    @Test
    void coverageCountsOnlyTheServicesBuiltHere() {
        ApiCoverage coverage = ApiCoverage.of(apis, graph, 50);
        assertThat(coverage.services()).extracting(ApiCoverage.Service::project).containsExactly(COMPUTE);
        assertThat(coverage.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "compute 2.0: 0 of 3 operations (0.0%) are referenced by a page, below minApiCoverage 50%");
    }
}
