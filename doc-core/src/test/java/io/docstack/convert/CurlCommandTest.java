package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The method and URL of curl command lines, as curl reads its arguments. */
class CurlCommandTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "curl https://h.example/v2/servers                                    | GET    | https://h.example/v2/servers",
            "curl -X DELETE https://h.example/v2/servers/1                        | DELETE | https://h.example/v2/servers/1",
            "curl -XPOST localhost:9200/_bulk                                     | POST   | http://localhost:9200/_bulk",
            "curl --request put 'http://localhost:9200/iris_data'                 | PUT    | http://localhost:9200/iris_data",
            "curl --request=PATCH --url http://h.example/a                        | PATCH  | http://h.example/a",
            "curl -ku admin:admin \"https://localhost:9200/_cat/indices?v\"        | GET    | https://localhost:9200/_cat/indices?v",
            "curl -sS -H 'Content-Type: application/json' -d '{}' http://h.test/x | POST   | http://h.test/x",
            "curl -G -d q=1 http://h.test/search                                  | GET    | http://h.test/search",
            "curl -I http://h.test/                                               | HEAD   | http://h.test/",
            "curl -T file.txt http://h.test/v1/AUTH_a/c/o                         | PUT    | http://h.test/v1/AUTH_a/c/o",
            "curl --json '{\"a\": 1}' $OS_URL/v2/servers                          | POST   | $OS_URL/v2/servers",
            "curl -o out.json -w '%{http_code}' http://h.test/a > /dev/null       | GET    | http://h.test/a"})
    void methodAndUrl(String command, String method, String url) {
        assertThat(CurlCommand.parse(command)).contains(new CurlCommand.Sent(method, url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "curl --version",
            "curl -X COPY http://h.test/v1/a/c/o",
            "curly http://h.test/"})
    void noRequestWithoutUrlOrWithAnotherMethod(String command) {
        assertThat(CurlCommand.parse(command)).isEmpty();
    }
}
