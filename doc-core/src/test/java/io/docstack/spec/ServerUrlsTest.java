package io.docstack.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which URLs written in a guide are requests to the API, and the path they ask for. */
class ServerUrlsTest {

    /** Servers that name the API's host. */
    private static final List<String> NAMED = List.of("https://{region}.api.example.com/api/v3",
            "{protocol}://{hostname}:{port}", "/v2");
    /** Servers that name no host (or no servers at all): the host is the reader's. */
    private static final List<String> UNNAMED = List.of("{protocol}://{hostname}:{port}", "/v2");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "/v2/servers                                  | /v2/servers",
            "/v3/websso?origin=https://h.example.com      | /v3/websso?origin=https://h.example.com",
            "https://eu.api.example.com/api/v3/pets?x=1  | /pets?x=1",
            "https://EU.API.example.com/api/v3           | /",
            "http://localhost:9200/_cat/indices          | /_cat/indices",
            "http://127.0.0.1:9200/v2/images             | /images",
            "http://controller:8774/v2.1/servers         | /v2.1/servers",
            "https://admin:pw@es01:9200/_bulk            | /_bulk",
            "http://$HOST:9200/_search                   | /_search",
            "http://[::1]:8080/a                         | /a",
            "$OS_COMPUTE_API/servers                     | /servers",
            "${ENDPOINT}                                 | /",
            "https://artifacts.example.com/agent.sh      | none",
            "http://198.51.100.10:9876/v2.0/lbaas/pools  | none",
            "https://github.com/o/r/releases/download/x  | none",
            "https://api.example.org.evil.com/api/v3/pets | none"})
    void withServersThatNameAHostOnlyThoseAndTheReadersMachineAreTheApi(String written, String path) {
        assertThat(ServerUrls.apiPath(NAMED, written).orElse(null)).isEqualTo(path);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "http://198.51.100.10:9876/v2.0/lbaas/pools  | /v2.0/lbaas/pools",
            "http://10.0.0.5/images                      | /images",
            "https://compute.example.com/v2.1/servers    | /v2.1/servers",
            "https://search.internal/x                   | /x",
            "http://es.test/_bulk                        | /_bulk",
            "http://169.254.169.254/openstack/latest     | none",
            "https://8.8.8.8/dns                         | none",
            "https://github.com/o/r/releases/download/x  | none"})
    void withoutThemDocumentationHostsAreTheApiToo(String written, String path) {
        assertThat(ServerUrls.apiPath(UNNAMED, written).orElse(null)).isEqualTo(path);
        assertThat(ServerUrls.apiPath(List.of(), written).orElse(null)).as("no servers at all").isEqualTo(path);
    }
}
