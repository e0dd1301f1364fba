package io.docstack.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docstack.config.ExternalOptions;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The persistent cache of working links, and offline mode that relies on it. */
@Timeout(20)
class ExternalLinkCacheTest {

    private final LocalServer server = new LocalServer();

    @TempDir
    Path dir;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ExternalOptions options() {
        return ExternalLinkCheckerTest.LOCAL.withCacheFile(dir.resolve("cache/external-links.json"));
    }

    @Test
    void secondRunTakesWorkingLinksFromTheCache() throws IOException {
        server.route("/ok", LocalServer.Reply.status(200));
        assertThat(check(server.url("/ok#part"), options())).isEmpty();
        assertThat(check(server.url("/ok"), options())).isEmpty();

        assertThat(server.requests()).hasSize(1);
        JsonNode entry = cacheJson().path("entries").path(server.url("/ok"));
        assertThat(entry.path("status").asText()).isEqualTo("ok");
        assertThat(entry.path("checkedAt").asLong()).isCloseTo(Instant.now().getEpochSecond(), within(60L));
    }

    @Test
    void failuresAreNotCachedSoAFixedSiteIsSeenNextRun() throws IOException {
        server.route("/fixed", (method, nth) -> LocalServer.Reply.status(nth <= 2 ? 404 : 200));
        assertThat(check(server.url("/fixed"), options())).singleElement()
                .extracting(Diagnostic::rule).isEqualTo(Rules.EXTERNAL_STATUS);
        assertThat(cacheJson().path("entries").has(server.url("/fixed"))).isFalse();

        assertThat(check(server.url("/fixed"), options())).isEmpty();
        assertThat(server.requests()).hasSize(3); // HEAD and GET in the first run, HEAD in the second
        assertThat(cacheJson().path("entries").has(server.url("/fixed"))).isTrue();
    }

    @Test
    void staleEntriesAreCheckedAgain() throws IOException {
        server.route("/old", LocalServer.Reply.status(200));
        writeCache(server.url("/old"), Instant.now().minus(Duration.ofDays(2)));
        assertThat(check(server.url("/old"), options())).isEmpty();
        assertThat(server.requests()).hasSize(1);
        assertThat(cacheJson().path("entries").path(server.url("/old")).path("checkedAt").asLong())
                .isGreaterThan(Instant.now().minus(Duration.ofHours(1)).getEpochSecond());
    }

    @Test
    void corruptCacheIsIgnoredAndOverwritten() throws IOException {
        server.route("/ok", LocalServer.Reply.status(200));
        Path file = options().cacheFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\": 1, \"entries\": {\"" + server.url("/ok") + "\": {\"status\": \"ok\", \"chec");

        assertThat(check(server.url("/ok"), options())).isEmpty();
        assertThat(server.requests()).hasSize(1);
        assertThat(cacheJson().path("entries").path(server.url("/ok")).path("status").asText()).isEqualTo("ok");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temp file left behind
        }
    }

    @Test
    void offlineUsesFreshEntriesAndSkipsUnknownLinks() throws IOException {
        writeCache(server.url("/known"), Instant.now());
        server.route("/known", LocalServer.Reply.status(404)); // would fail if it were fetched
        List<Diagnostic> diagnostics = ExternalLinkChecker.check(List.of(
                new ExternalLink(server.url("/known"), "a.md", 1, 1),
                new ExternalLink(server.url("/unknown"), "a.md", 2, 1),
                new ExternalLink("https://bad host/", "a.md", 3, 1)), options().withOffline(true));

        // Unknown links are skipped, not failed; a malformed URL needs no network to be wrong.
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("not a valid URL");
        });
        assertThat(server.requests()).isEmpty();
    }

    private static List<Diagnostic> check(String url, ExternalOptions options) {
        return ExternalLinkCheckerTest.check(url, options);
    }

    private void writeCache(String url, Instant checkedAt) throws IOException {
        Path file = options().cacheFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\": 1, \"entries\": {\"" + url + "\": {\"status\": \"ok\", \"checkedAt\": "
                + checkedAt.getEpochSecond() + "}}}");
    }

    private JsonNode cacheJson() throws IOException {
        return new ObjectMapper().readTree(options().cacheFile().toFile());
    }
}
