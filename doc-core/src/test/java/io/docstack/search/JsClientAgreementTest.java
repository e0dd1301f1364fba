package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The theme's JavaScript search client ({@code docstack-search.js}), run under Node over the
 * sample suite's static index, ranks exactly as the Java reference client {@link StaticSearch}:
 * the same top 10, in the same order, for every test query, with and without filters. Skipped
 * where {@code node} is not on the PATH.
 */
class JsClientAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path CLIENT = Path.of("../themes/default/src/assets/docstack-search.js");

    @TempDir
    Path work;

    @Test
    void theJavaScriptClientGivesStaticSearchsTopTen() throws Exception {
        Path node = onPath("node");
        Assumptions.assumeTrue(node != null, "node is not on the PATH");
        assertThat(CLIENT).isRegularFile();
        SearchIndex.write(SuiteDocuments.of(work.resolve("suite")), work.resolve("index"));
        StaticIndex.write(work.resolve("index"), work.resolve("static"));
        StaticSearch reference = new StaticSearch(work.resolve("static"));

        List<String> queries = new ArrayList<>(StaticIndexTest.relevanceQueries());
        queries.addAll(StaticIndexTest.MORE_QUERIES);
        // shapes the suite queries lack: identifiers, stop words only, nothing to search, non-ASCII, prototype names
        queries.addAll(List.of("createServer", "server_id getServerId", "the of and", "", "  ?! ", "naïve Café",
                "constructor", "__proto__ toString", "a b c d e f g h i j k l m n o p q r s"));
        List<Filters> filters = new ArrayList<>();
        queries.forEach(q -> filters.add(Filters.NONE));
        for (String query : StaticIndexTest.MORE_QUERIES) {
            queries.add(query);
            filters.add(new Filters(Set.of("network", "image"), Set.of(), Set.of()));
            queries.add(query);
            filters.add(new Filters(Set.of(), Set.of(), Set.of(SearchDocument.Kind.API)));
        }
        long start = System.nanoTime();
        JsonNode out = runNode(node, queries, filters, 10);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        List<String> differ = new ArrayList<>();
        int hits = 0;
        for (int q = 0; q < queries.size(); q++) {
            List<String> java = reference.search(queries.get(q), filters.get(q), 10).urls();
            List<String> js = new ArrayList<>();
            for (JsonNode hit : out.get("results").get(q)) {
                js.add(hit.get("url").asText());
                assertThat(hit.has("pageTitle") && hit.has("sectionTitle") && hit.has("project") && hit.has("version")
                        && hit.has("kind") && hit.has("excerpt")).as(hit.toString()).isTrue();
            }
            hits += js.size();
            if (!java.equals(js)) {
                differ.add(String.format("  '%s' %s%n    java %s%n    js   %s", queries.get(q), filters.get(q), java, js));
            }
        }
        System.out.printf("js client vs StaticSearch: %d queries, %d of them with the same top 10 in the same order; %d hits;"
                + " %d files loaded; node run %d ms%n", queries.size(), queries.size() - differ.size(), hits,
                out.get("files").asInt(), millis);
        differ.forEach(System.out::println);
        assertThat(differ).isEmpty();
        assertThat(hits).isGreaterThan(0);
    }

    private JsonNode runNode(Path node, List<String> queries, List<Filters> filters, int limit) throws Exception {
        Path queryFile = work.resolve("queries.json");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            Filters f = filters.get(q);
            entries.add(Map.of("query", queries.get(q), "filters", Map.of("projects", List.copyOf(f.projects()),
                    "versions", List.copyOf(f.versions()), "kinds", f.kinds().stream().map(Enum::name).toList())));
        }
        Files.writeString(queryFile, JSON.writeValueAsString(entries));
        Path harness = Path.of(JsClientAgreementTest.class.getResource("/search/node-harness.js").toURI());
        Path stdout = work.resolve("node.out");
        Path stderr = work.resolve("node.err");
        Process process = new ProcessBuilder(node.toString(), harness.toString(), CLIENT.toAbsolutePath().toString(),
                work.resolve("static").toString(), queryFile.toString(), String.valueOf(limit))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("node did not finish within 2 minutes");
        }
        assertThat(process.exitValue()).as(Files.readString(stderr, StandardCharsets.UTF_8)).isZero();
        return JSON.readTree(stdout.toFile());
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isEmpty()).map(s -> Path.of(s, name))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }
}
