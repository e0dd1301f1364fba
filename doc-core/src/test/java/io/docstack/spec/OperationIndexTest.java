package io.docstack.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How written methods and paths find operations: templates, values, base paths, versions. */
class OperationIndexTest {

    private static final OperationIndex INDEX = new OperationIndex(HandMadeSpecs.service(
            List.of(HandMadeSpecs.tag("servers", null)), List.of(
                    op("GET", "/v2.1/servers", "listServers"),
                    op("GET", "/v2.1/servers/detail", "listServersDetail"),
                    op("GET", "/v2.1/servers/{id}", "showServer"),
                    op("DELETE", "/v2.1/servers/{id}", "deleteServer"),
                    op("PUT", "/v2.1/os-services/{id}", "updateService"),
                    op("GET", "/v3/{project_id}/volumes", "listVolumes"),
                    op("GET", "/{project_id}/snapshots", "listSnapshots"),
                    op("GET", "/", "versions"))));

    private static Operation op(String method, String path, String id) {
        return HandMadeSpecs.operation(method, path, "api/servers.html").id(id).anchor(id).tag("servers").build();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET, /v2.1/servers, listServers",
            "get, /v2.1/servers/, listServers",
            "GET, /servers, listServers",
            "GET, /v2/servers?limit=2, listServers",
            "GET, https://compute.example.com/v2.1/servers#top, listServers",
            "GET, /servers/detail, listServersDetail",
            "GET, /servers/{server_id}, showServer",
            "GET, /v2.1/servers/9168b536-cd40-4630, showServer",
            "DELETE, /servers/42, deleteServer",
            "GET, /volumes, listVolumes",
            "GET, /v3/{admin_project_id}/volumes, listVolumes",
            "GET, /v3/6f70656e737461636b/volumes, listVolumes",
            "GET, /v3/4f1c2b0e9a7d/snapshots?status=available, listSnapshots",
            "GET, /v2.1, versions"})
    void writtenPathsFindTheirOperation(String method, String path, String id) {
        assertThat(INDEX.find(method, path)).isInstanceOfSatisfying(OperationIndex.Found.class,
                found -> assertThat(found.operation().operationId()).isEqualTo(id));
    }

    @Test
    void otherParameterNamesAreReported() {
        assertThat(INDEX.find("GET", "/servers/{server_id}")).isEqualTo(
                new OperationIndex.Found(INDEX.byId("showServer").orElseThrow(), Map.of("{server_id}", "{id}")));
        assertThat(((OperationIndex.Found) INDEX.find("GET", "/servers/{id}")).renamed()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /v3/servers, /v2.1/servers",
            "GET, v2.1/servers, /v2.1/servers",
            "GET, /v2.1/serverz/{id}, /v2.1/servers/{id}"})
    void pathWordsOtherVersionsAndTyposFindNothing(String method, String path, String nearest) {
        assertThat(INDEX.find(method, path)).isEqualTo(new OperationIndex.NotFound(nearest));
    }

    /** An OpenSearch-like API: index names and repository names are path words. */
    private static final OperationIndex SEARCH = new OperationIndex(HandMadeSpecs.service(
            List.of(HandMadeSpecs.tag("servers", null)), List.of(
                    op("PUT", "/{index}", "indices.create"),
                    op("DELETE", "/{index}", "indices.delete"),
                    op("GET", "/{index}/_doc/{id}", "get"),
                    op("GET", "/_snapshot/{repository}", "snapshot.get_repository"),
                    op("PUT", "/_snapshot/{repository}", "snapshot.create_repository"),
                    op("GET", "/_snapshot/_status", "snapshot.status"),
                    op("GET", "/_cat/indices", "cat.indices"),
                    op("GET", "/_cat/{index}", "cat.guess"))));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "PUT, /iris_data, indices.create",
            "PUT, /my-index, indices.create",
            "GET, /movies/_doc/1, get",
            "PUT, /_snapshot/snap_repo, snapshot.create_repository",
            "GET, /_snapshot/_status, snapshot.status",
            "GET, /_cat/indices?v, cat.indices",
            "GET, /_cat/shards, cat.guess",
            "PUT, /v2.1/os-services/disable, updateService"})
    void pathWordsFillParametersAndTheMostLiteralTemplateWins(String method, String path, String id) {
        OperationIndex index = id.equals("updateService") ? INDEX : SEARCH;
        assertThat(index.find(method, path)).isInstanceOfSatisfying(OperationIndex.Found.class,
                found -> assertThat(found.operation().operationId()).isEqualTo(id));
    }

    @Test
    void theMethodDecidesBeforeLiteralsAndAWrongOneNamesTheMethodsOfTheMostLiteralPath() {
        // DELETE /_snapshot/_status: no DELETE there, but a router would not send it to /{index} either (two segments)
        assertThat(SEARCH.find("DELETE", "/_snapshot/_status"))
                .isEqualTo(new OperationIndex.WrongMethod("/_snapshot/_status", List.of("GET")));
        assertThat(SEARCH.find("POST", "/iris_data"))
                .isEqualTo(new OperationIndex.WrongMethod("/{index}", List.of("PUT", "DELETE")));
        // PUT /_snapshot/_status: the literal path has no PUT, the template with the parameter has
        assertThat(SEARCH.find("PUT", "/_snapshot/_status")).isInstanceOfSatisfying(OperationIndex.Found.class,
                found -> assertThat(found.operation().operationId()).isEqualTo("snapshot.create_repository"));
    }

    @Test
    void aPathWithoutTheMethodListsTheMethodsItHas() {
        assertThat(INDEX.find("PATCH", "/servers/{id}"))
                .isEqualTo(new OperationIndex.WrongMethod("/v2.1/servers/{id}", List.of("GET", "DELETE")));
    }

    @Test
    void operationIdsAreExactWithACaseInsensitiveHint() {
        assertThat(INDEX.byId("listServers")).isPresent();
        assertThat(INDEX.byId("listservers")).isEmpty();
        assertThat(INDEX.nearestId("listservers")).isEqualTo("listServers");
        assertThat(INDEX.nearestId("listServerz")).isEqualTo("listServers");
        assertThat(INDEX.nearestId("somethingElse")).isNull();
    }
}
