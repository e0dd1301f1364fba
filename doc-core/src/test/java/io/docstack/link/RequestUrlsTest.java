package io.docstack.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.convert.Converter;
import io.docstack.model.Diagnostic;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Operation;
import io.docstack.spec.ServiceSpec;
import io.docstack.spec.SpecPosition;

/** Requests to URLs (curl commands, request lines) are checked when they go to the API's server only. */
class RequestUrlsTest {

    @TempDir
    Path root;

    @Test
    void curlCommandsToTheApiAreCheckedAndDownloadsAreNot() {
        TestFiles.write(root.resolve("search"), "index.md", """
                # Search

                ```bash
                curl -L https://github.com/o/tool/releases/download/v1/tool.tgz -o tool.tgz
                curl -X GET https://eu.api.example.com/api/v3/pets
                curl -XPUT http://localhost:9200/iris_data
                curl -X DELETE "http://localhost:9200/_cat/indices"
                curl "$SEARCH_URL/_cat/nodes?v"
                curl -X POST https://eu.api.example.com/api/v3/pets/1/toys
                ```

                ```console
                GET _cat/indices?v
                ```
                """);
        SiteConfig config = TestFiles.site(root, root.resolve("out"))
                .project(new ProjectConfig("search", null, null, "1", root.resolve("search"), null)).build();
        Catalog catalog = Sources.aggregate(config);
        LinkGraph graph = Linker.resolve(catalog, Converter.convert(catalog, config.limits(), 1),
                new ApiSite(List.of(search()), List.of()));

        List<ResolvedLink> links = graph.of(new PageRef(new ProjectVersion("search", "1"), SitePath.of("index.md")));
        assertThat(links).extracting(l -> l.link().line(), ResolvedLink::broken, l -> l.problem() == null ? null : l.problem().rule())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, false, null),
                        org.assertj.core.groups.Tuple.tuple(5, false, null),
                        org.assertj.core.groups.Tuple.tuple(6, false, null),
                        org.assertj.core.groups.Tuple.tuple(7, true, Rules.API_METHOD),
                        org.assertj.core.groups.Tuple.tuple(8, true, Rules.API_OPERATION),
                        org.assertj.core.groups.Tuple.tuple(9, true, Rules.API_OPERATION),
                        org.assertj.core.groups.Tuple.tuple(13, false, null));
        assertThat(links.get(0).href()).as("not the API: left as written").startsWith("api::GET https://github.com/");
        assertThat(links.get(1).anchor()).isEqualTo("listpets");
        assertThat(links.get(3).problem()).extracting(Diagnostic::message, Diagnostic::hint).containsExactly(
                "the spec of search 1 has no DELETE for /_cat/indices", "it has GET");
    }

    private static ServiceSpec search() {
        return new ServiceSpec(new ProjectVersion("search", "1"), "Search", null, "1", List.of(),
                List.of(new ServiceSpec.Tag("all", null, SitePath.of("api/all.html"))),
                List.of(operation("GET", "/pets", "listPets"), operation("PUT", "/{index}", "createIndex"),
                        operation("GET", "/_cat/indices", "catIndices")),
                List.of("https://{region}.api.example.com/api/v3", "{protocol}://{hostname}:{port}"));
    }

    private static Operation operation(String method, String path, String id) {
        return new Operation(method, path, id, null, null, List.of("all"), false, List.of(), null, List.of(), Map.of(),
                id.toLowerCase(java.util.Locale.ROOT), SitePath.of("api/all.html"), new SpecPosition("search.yaml", 1, 1));
    }
}
