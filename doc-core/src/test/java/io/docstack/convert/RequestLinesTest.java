package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines of a code block are requests, and what they send. */
class RequestLinesTest {

    private static List<String> targets(String language, String content) {
        return RequestLines.of(language, "", content).stream().map(RequestLines.Request::target).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "http      | DELETE /v2/images/{image_id}     | api::DELETE /v2/images/{image_id}",
            "console   | $ PATCH /a                       | api::PATCH /a",
            "json      | GET _cat/indices?v               | api::GET /_cat/indices?v",
            "console   | PUT my-index                     | api::PUT /my-index",
            "yaml      | PUT /_snapshot/snap_repo         | api::PUT /_snapshot/snap_repo",
            "          | GET /servers#details HTTP/1.1    | api::GET /servers",
            "JSON      | POST _bulk                       | api::POST /_bulk",
            "js        | GET https://h.example/v2/x       | api::GET https://h.example/v2/x"})
    void theFirstLineOfABlockInARequestLanguageIsARequest(String language, String line, String target) {
        assertThat(targets(language, line + "\n{ \"query\": {} }")).containsExactly(target);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "python | GET /a",
            "redis  | GET mykey",
            "http   | FETCH /a",
            "http   | not a request line",
            "json   | {\"GET\": \"/a\"}",
            "json   | GET the list of servers first",
            "json   | GET \"quoted\"",
            "text   | GET /shown/but/not/checked",
            "sql    | DELETE FROM servers"})
    void proseJsonAndOtherLanguagesAreNotRequests(String language, String line) {
        assertThat(targets(language, line)).isEmpty();
    }

    @Test
    void onlyTheFirstLineIsARequestLine() {
        assertThat(targets("console", "# list them\nGET /servers")).isEmpty();
    }

    @Test
    void everyCurlCommandIsARequestWithItsContinuationLines() {
        List<RequestLines.Request> requests = RequestLines.of("bash", "service=compute", """
                export TOKEN=abc
                $ curl -s -H "X-Auth-Token: $TOKEN" \\
                    -X POST \\
                    https://compute.example.com/v2.1/servers -d @server.json
                curl 'http://localhost:9200/_cat/indices?v#top' | jq .
                curl.exe --version
                """);
        assertThat(requests).extracting(RequestLines.Request::target).containsExactly(
                "api:compute:POST https://compute.example.com/v2.1/servers",
                "api:compute:GET http://localhost:9200/_cat/indices?v");
        assertThat(requests).extracting(RequestLines.Request::offset).containsExactly(19, 130);
    }
}
