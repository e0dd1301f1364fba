package io.docstack.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.inventory.Inventory;
import io.docstack.inventory.InventoryFiles;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Operation;
import io.docstack.spec.ServiceSpec;
import io.docstack.spec.SpecPosition;

class SiteInventoryTest {

    @TempDir
    Path dir;

    private Inventory inventory() {
        TestFiles.write(dir.resolve("compute"), "index.md", """
                # Compute

                [own](api:compute:listServers)
                [ports](api:network:listPorts)
                `api:network@2.0:createPort#name`
                [page](xref:network:guide/ports.md#ports)
                [same](xref:compute:index.md)
                [local](xref:index.md)

                ```http
                GET /servers
                ```

                ```http service=network
                GET /v2.0/ports
                ```
                """);
        TestFiles.write(dir.resolve("guide"), "index.md", "# Guide\n");
        SiteConfig config = TestFiles.site(dir, dir.resolve("out"))
                .project(new ProjectConfig("compute", null, null, "2.0", dir.resolve("compute"), null))
                .project(new ProjectConfig("guide", null, null, "2.0", dir.resolve("guide"), null))
                .build();
        Catalog catalog = Sources.aggregate(config);
        ConvertedSite site = Converter.convert(catalog, config.limits(), 1);
        SpecPosition at = new SpecPosition("compute.yaml", 1, 1);
        ServiceSpec compute = new ServiceSpec(new ProjectVersion("compute", "2.0"), "Compute", null, null, List.of(),
                List.of(), List.of(
                new Operation("POST", "/servers", "createServer", null, null, List.of(), false, List.of(
                        new Operation.Parameter("zone", "query", false, false, null, null),
                        new Operation.Parameter("flavorRef", "query", true, false, null, null)), null, List.of(),
                        Map.of(), "createserver", SitePath.of("api/servers.html"), at),
                new Operation("GET", "/servers", null, null, null, List.of(), true, List.of(), null, List.of(),
                        Map.of(), "get-servers", SitePath.of("api/servers.html"), at)));
        return SiteInventory.of(catalog, site, new ApiSite(List.of(compute), List.of()));
    }

    @Test
    void aProjectWithASpecListsItsOperationsInSpecOrderWithSortedFields() {
        Inventory inventory = inventory();
        assertThat(inventory.projects().get(0).operations()).containsExactly(
                new Inventory.Operation("createServer", "POST", "/servers", "api/servers.html", "createserver", false,
                        List.of("flavorRef", "zone")),
                new Inventory.Operation(null, "GET", "/servers", "api/servers.html", "get-servers", true, List.of()));
        assertThat(inventory.projects().get(1).operations()).isEmpty();
    }

    @Test
    void pagesRecordXrefsAndApiReferencesIntoOtherProjects() {
        assertThat(inventory().projects().get(0).pages().get(0).xrefs()).extracting(Inventory.Xref::target)
                .containsExactly("api:network:listPorts", "api:network@2.0:createPort#name",
                        "xref:network:guide/ports.md#ports", "xref:compute:index.md", "api:network:GET /v2.0/ports");
    }

    @Test
    void theSameSiteGivesTheSameBytes() {
        assertThat(InventoryFiles.toJson(inventory())).isEqualTo(InventoryFiles.toJson(inventory()));
    }
}
