package io.docstack.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.inventory.Inventory;
import io.docstack.inventory.InventoryFiles;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;

/**
 * Links between a project built here (compute) and one known only from its link inventory
 * (storage): xrefs into storage are validated against the inventory, and storage's xrefs into
 * compute are checked against compute's sources.
 */
class InventoryLinksTest {

    @TempDir
    Path dir;
    private LinkGraph graph;

    @BeforeEach
    void resolve() throws IOException {
        TestFiles.write(dir.resolve("compute"),
                "index.md", """
                        # Compute

                        [Volumes](xref:storage:guide/volumes.md#create-a-volume)
                        [Bad anchor](xref:storage:guide/volumes.md#create-volume)
                        [Missing page](xref:storage:guide/snapshots.md)
                        [Storage home](xref:storage:index.md)
                        """,
                "boot.md", "# Boot\n\n## Flavors\n");
        Inventory.Page volumes = new Inventory.Page("guide/volumes.md", "guide/volumes.html",
                "storage/docs/guide/volumes.md", "Volumes", List.of("create-a-volume", "volumes"), List.of(
                        new Inventory.Xref("xref:compute:boot.md#flavors", 3, 1),
                        new Inventory.Xref("xref:compute:boot.md#flavours", 4, 7),
                        new Inventory.Xref("xref:compute:gone.md", 5, 1),
                        new Inventory.Xref("xref:image:somewhere.md", 6, 1),
                        new Inventory.Xref("xref:compute@0.9:old.md", 7, 1)));
        Inventory.Page home = new Inventory.Page("index.md", "index.html", "storage/docs/index.md", "Storage",
                List.of("storage"), List.of());
        InventoryFiles.write(new Inventory("", List.of(new Inventory.Project("storage", "1.0", "Storage",
                List.of(home, volumes), List.of()))), dir.resolve("storage-inventory.json"));
        SiteConfig config = TestFiles.site(dir, dir.resolve("out"))
                .project(TestFiles.project("compute", dir.resolve("compute")))
                .inventory("storage-inventory.json")
                .build();
        Catalog catalog = Sources.aggregate(config);
        assertThat(catalog.diagnostics()).isEmpty();
        ConvertedSite site = Converter.convert(catalog, config.limits(), 1);
        graph = Linker.resolve(catalog, site);
    }

    @Test
    void xrefsIntoAnInventoriedProjectAreValidatedDownToTheAnchor() {
        assertThat(graph.diagnostics()).filteredOn(d -> d.file().equals("compute/index.md"))
                .extracting(Diagnostic::line, Diagnostic::rule, Diagnostic::hint)
                .containsExactly(
                        tuple(4, Rules.LINK_ANCHOR, "did you mean 'create-a-volume'?"),
                        tuple(5, Rules.LINK_BROKEN, null));
    }

    @Test
    void xrefsIntoAnInventoriedProjectGetItsUrl() {
        var links = graph.links().values().stream().flatMap(List::stream)
                .filter(l -> l.link().target().startsWith("xref:storage")).toList();
        assertThat(links.get(0).href()).isEqualTo("../../storage/1.0/guide/volumes.html#create-a-volume");
        assertThat(links.get(3).href()).isEqualTo("../../storage/1.0/index.html");
    }

    @Test
    void inboundLinksThatTheLocalSourcesBreakAreReportedOnTheLocalPageTheyWant() {
        assertThat(graph.inbound()).extracting(l -> l.problem().format()).containsExactly(
                "compute/boot.md: error [link.anchor] inbound link from storage@1.0 storage/docs/guide/volumes.md:4:7 "
                        + "(inventory storage-inventory.json): no anchor 'flavours' in compute/boot.md (did you mean 'flavors'?)",
                "compute/gone.md: error [link.broken] inbound link from storage@1.0 storage/docs/guide/volumes.md:5:1 "
                        + "(inventory storage-inventory.json): 'xref:compute:gone.md' does not exist in project compute");
        assertThat(graph.diagnostics()).containsAll(graph.inbound().stream().map(ResolvedLink::problem).toList());
    }

    @Test
    void inboundLinksIntoVersionsNotBuiltHereAreNotChecked() {
        assertThat(graph.diagnostics()).noneMatch(d -> d.message().contains("compute@0.9"));
    }
}
