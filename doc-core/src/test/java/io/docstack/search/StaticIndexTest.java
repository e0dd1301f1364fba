package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;


/**
 * The static index of the sample suite: the client's analysis gives {@link CodeAnalyzer}'s terms,
 * the client's ranking ({@link StaticSearch}) gives the server's, and the figures a browser pays.
 */
class StaticIndexTest {

    /** One- and multi-word queries from the suite, beside those of relevance.tsv. */
    static final List<String> MORE_QUERIES = List.of("server", "volume", "image", "network", "token", "quota", "snapshot",
            "router", "subnet", "flavor", "keypair", "security group", "attach volume", "delete a server",
            "list images", "create network", "project scope", "serverId", "volume_type", "metadata", "boot failures",
            "dns name", "upload image checksum");

    @TempDir
    static Path work;
    static List<SearchDocument> documents;
    static Searcher searcher;
    static StaticIndex.Written written;
    static StaticSearch client;

    @BeforeAll
    static void export() {
        documents = SuiteDocuments.of(work.resolve("suite"));
        SearchIndex.write(documents, work.resolve("index"));
        searcher = SearchIndex.open(work.resolve("index"));
        written = StaticIndex.write(work.resolve("index"), work.resolve("static"));
        client = new StaticSearch(work.resolve("static"));
    }

    @AfterAll
    static void close() {
        searcher.close();
    }

    static List<String> relevanceQueries() throws IOException {
        return SuiteRelevanceTest.queries().map(arguments -> (String) arguments.get()[0]).toList();
    }

    @Test
    void clientAnalysisGivesTheAnalyzersTermsOnTheSuiteVocabulary() {
        Set<String> vocabulary = new TreeSet<>();
        for (SearchDocument d : documents) {
            for (String text : List.of(d.sectionTitle(), d.pageTitle(), d.text())) {
                vocabulary.addAll(List.of(text.split("[^\\p{L}\\p{Nd}_]+")));
            }
        }
        vocabulary.remove("");
        // shapes the suite may lack: delimiters at the ends, digits first, case runs, non-ASCII
        vocabulary.addAll(List.of("_server_", "___", "server__id", "getServerId2", "IPv4Address", "v2_beta", "2fa_code",
                "HTTPServer", "naïveCafés", "ÄrgerÖl", "x_1_y", "a_b_c_d", "id_", "_id", "policies", "aliases", "mDNS"));
        CodeAnalyzer analyzer = CodeAnalyzer.forQuery();
        List<String> differ = new ArrayList<>();
        int plain = 0;
        int plainAgree = 0;
        for (String word : vocabulary) {
            QueryTerms server = QueryTerms.analyze(analyzer, Fields.TEXT, word);
            QueryTerms browser = StaticAnalysis.query(word);
            boolean agree = server.positions().equals(browser.positions()) && server.pairs().equals(browser.pairs())
                    && new HashSet<>(server.identifiers()).equals(new HashSet<>(browser.identifiers()));
            if (word.matches("[a-z]+")) {
                plain++;
                plainAgree += agree ? 1 : 0;
            }
            if (!agree) {
                differ.add(word + " " + server.positions() + server.identifiers() + " vs " + browser.positions()
                        + browser.identifiers());
            }
        }
        System.out.printf("static analysis: %d of %d suite words agree (%.4f); plain lower-case words %d of %d%n",
                vocabulary.size() - differ.size(), vocabulary.size(), 1.0 - (double) differ.size() / vocabulary.size(),
                plainAgree, plain);
        differ.stream().limit(20).forEach(d -> System.out.println("  differs: " + d));
        assertThat(plainAgree).isEqualTo(plain);
        assertThat(differ).isEmpty();
    }

    @Test
    void everyTermTheClientMakesOfADocumentIsExportedForIt() {
        Map<String, Integer> docByUrl = docByUrl();
        List<String> missing = new ArrayList<>();
        for (SearchDocument d : documents) {
            int doc = docByUrl.get(d.url());
            Map<String, String> texts = Map.of("s", d.sectionTitle(), "p", d.pageTitle(), "t", d.text());
            texts.forEach((key, text) -> {
                for (String term : new LinkedHashSet<>(StaticAnalysis.tokens(text).stream().map(QueryTerms.Token::term).toList())) {
                    if (!docs(term, key).contains(doc)) {
                        missing.add(d.url() + " " + key + ":" + term);
                    }
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyWordPairOfADocumentIsExportedForIt() {
        Map<String, Integer> docByUrl = docByUrl();
        List<String> missing = new ArrayList<>();
        int pairs = 0;
        for (SearchDocument d : documents) {
            int doc = docByUrl.get(d.url());
            for (Map.Entry<String, String> text : Map.of("S", d.sectionTitle(), "T", d.text()).entrySet()) {
                for (String pair : WordPairs.of(QueryTerms.words(StaticAnalysis.tokens(text.getValue())))) {
                    pairs++;
                    JsonNode postings = client.file(client.pairShardOf(pair)).path(pair).path(text.getKey());
                    if (!docs(postings).contains(doc)) {
                        missing.add(d.url() + " " + text.getKey() + ":" + pair);
                    }
                }
            }
        }
        assertThat(pairs).isGreaterThan(documents.size());
        assertThat(missing).isEmpty();
    }

    /** The export's document number of each URL, read from the docs chunks. */
    private static Map<String, Integer> docByUrl() {
        Map<String, Integer> docByUrl = new HashMap<>();
        for (int chunk = 0; chunk < written.docChunks(); chunk++) {
            JsonNode docs = client.file(StaticIndex.docsFile(chunk));
            for (int i = 0; i < docs.size(); i++) {
                docByUrl.put(docs.get(i).get(0).asText(), chunk * StaticIndex.DOCS_PER_CHUNK + i);
            }
        }
        return docByUrl;
    }

    private static Set<Integer> docs(String term, String key) {
        return docs(client.file(client.shardOf(term)).path(term).path(key));
    }

    private static Set<Integer> docs(JsonNode postings) {
        Set<Integer> docs = new HashSet<>();
        int doc = 0;
        for (int i = 0; i < postings.size(); i += 3) {
            doc += postings.get(i).asInt();
            docs.add(doc);
        }
        return docs;
    }

    @Test
    void metaDescribesTheExport() {
        JsonNode meta = client.file(StaticIndex.META);
        assertThat(meta.get("format").asInt()).isEqualTo(StaticIndex.FORMAT);
        assertThat(meta.get("documents").asInt()).isEqualTo(documents.size());
        assertThat(meta.get("fields").get("sectionTitle").get("boost").asDouble()).isEqualTo(3.0);
        assertThat(meta.get("analysis").get("stopWords")).hasSize(QueryTerms.STOP_WORDS.size());
        List<String> from = new ArrayList<>();
        meta.get("shards").get("from").forEach(row -> from.add(row.asText()));
        assertThat(from).hasSize(written.shards()).startsWith("").isSorted().doesNotHaveDuplicates();
        assertThat(meta.get("pairShards").get("from")).hasSize(written.pairShards());
        int runs = 0;
        for (int i = 1; i < meta.get("groupRuns").size(); i += 2) {
            runs += meta.get("groupRuns").get(i).asInt();
        }
        assertThat(runs).isEqualTo(documents.size());
        Set<List<String>> groups = new LinkedHashSet<>();
        documents.forEach(d -> groups.add(List.of(d.project(), d.version(), d.kind().name())));
        List<List<String>> exported = new ArrayList<>();
        meta.get("groups").forEach(g -> exported.add(List.of(g.get(0).asText(), g.get(1).asText(), g.get(2).asText())));
        assertThat(exported).containsExactlyElementsOf(groups);
    }

    @Test
    void everyTermIsFoundInTheShardTheTableNames() {
        JsonNode meta = client.file(StaticIndex.META);
        for (int shard = 0; shard < written.shards(); shard++) {
            String file = StaticIndex.WORD_SHARD + shard + ".json";
            client.file(file).fieldNames().forEachRemaining(term -> assertThat(client.shardOf(term)).as(term).isEqualTo(file));
        }
        for (int shard = 0; shard < written.pairShards(); shard++) {
            String file = StaticIndex.PAIR_SHARD + shard + ".json";
            client.file(file).fieldNames().forEachRemaining(pair -> {
                assertThat(pair).contains(WordPairs.SEPARATOR);
                assertThat(client.pairShardOf(pair)).as(pair).isEqualTo(file);
            });
        }
    }

    @Test
    void aSeparatorIsTheShortestStartOfTheFirstTermAfterTheLast() {
        assertThat(StaticIndex.separator("schema cache", "schema module")).isEqualTo("schema m");
        assertThat(StaticIndex.separator("port", "ports")).isEqualTo("ports");
        assertThat(StaticIndex.separator("apple", "banana")).isEqualTo("b");
        // never half a surrogate pair: U+1F600 is two chars
        assertThat(StaticIndex.separator("a\uD83D\uDE00a", "a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
        assertThat(StaticIndex.separator("a", "\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void filteredStaticRankingEqualsTheFilteredServer() throws IOException {
        List<Filters> filters = List.of(
                new Filters(Set.of("network"), Set.of(), Set.of()),
                new Filters(Set.of("compute", "identity"), Set.of(), Set.of()),
                new Filters(Set.of(), Set.of(), Set.of(SearchDocument.Kind.API)),
                new Filters(Set.of("compute"), Set.of(documents.stream().filter(d -> d.project().equals("compute"))
                        .findFirst().orElseThrow().version()), Set.of(SearchDocument.Kind.PAGE)),
                new Filters(Set.of("no-such-project"), Set.of(), Set.of()));
        int compared = 0;
        int nonEmpty = 0;
        for (String query : Stream.concat(relevanceQueries().stream(), MORE_QUERIES.stream()).toList()) {
            for (Filters filter : filters) {
                List<Hit> server = searcher.search(query, filter, 10);
                List<String> browser = client.search(query, filter, 10).urls();
                assertThat(browser).as("%s %s", query, filter).isEqualTo(server.stream().map(Hit::url).toList());
                server.forEach(hit -> {
                    assertThat(filter.projects().isEmpty() || filter.projects().contains(hit.project())).isTrue();
                    assertThat(filter.kinds().isEmpty() || filter.kinds().contains(hit.kind())).isTrue();
                });
                compared++;
                nonEmpty += server.isEmpty() ? 0 : 1;
            }
        }
        System.out.printf("filtered static vs server: %d query/filter pairs, %d with hits, all the same top 10 in order%n",
                compared, nonEmpty);
        assertThat(nonEmpty).isGreaterThan(compared / 2);
    }

    @Test
    void staticRankingAgreesWithTheServer() throws IOException {
        List<String> relevance = relevanceQueries();
        List<String> queries = Stream.concat(relevance.stream(), MORE_QUERIES.stream()).toList();
        double overlapSum = 0;
        int firstAgree = 0;
        int sameOrder = 0;
        List<String> report = new ArrayList<>();
        for (String query : queries) {
            List<String> server = searcher.search(query, Filters.NONE, 10).stream().map(Hit::url).toList();
            List<String> browser = client.search(query, 10).urls();
            Set<String> common = new HashSet<>(server);
            common.retainAll(browser);
            double overlap = server.isEmpty() && browser.isEmpty() ? 1 : (double) common.size() / Math.max(server.size(), browser.size());
            overlapSum += overlap;
            boolean first = !server.isEmpty() && !browser.isEmpty() && server.get(0).equals(browser.get(0));
            sameOrder += server.equals(browser) ? 1 : 0;
            if (relevance.contains(query) && first) {
                firstAgree++;
            }
            if (overlap < 1 || !first) {
                report.add(String.format("  %-28s overlap %.1f first %s%n    server %s%n    static %s", query, overlap, first,
                        server, browser));
            }
        }
        double mean = overlapSum / queries.size();
        System.out.printf("static vs server top-10 over %d queries: mean overlap %.3f; same top 10 in the same order %d;"
                + " first hit agrees on %d of %d relevance queries%n", queries.size(), mean, sameOrder, firstAgree, relevance.size());
        report.forEach(System.out::println);
        assertThat(mean).isGreaterThanOrEqualTo(0.9);
        assertThat(firstAgree).isEqualTo(relevance.size());
    }

    @Test
    void figures() throws IOException {
        long total;
        try (Stream<Path> files = Files.list(work.resolve("static"))) {
            total = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(total).isEqualTo(written.bytes());
        Set<String> all;
        try (Stream<Path> files = Files.list(work.resolve("static"))) {
            all = files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
        System.out.printf("static index of the sample suite: %d documents, %d bytes in total (%d gzipped file by file), %d shards,"
                + " %d docs chunks, meta.json %d bytes%n", written.documents(), total, gzipped(all), written.shards(), written.docChunks(),
                Files.size(work.resolve("static").resolve(StaticIndex.META)));
        for (String query : List.of("volume", "upload a qcow2 image", "create port security")) {
            StaticSearch fresh = new StaticSearch(work.resolve("static"));
            StaticSearch.Result result = fresh.search(query, 10);
            Set<String> firstChunkOnly = new LinkedHashSet<>();
            result.files().stream().filter(f -> !f.startsWith("docs-")).forEach(firstChunkOnly::add);
            result.files().stream().filter(f -> f.startsWith("docs-")).findFirst().ifPresent(firstChunkOnly::add);
            System.out.printf("  '%s': %d bytes (%d gzipped) with one docs chunk (%s); %d bytes for the docs of all top 10 (%d files)%n",
                    query, fresh.bytes(firstChunkOnly), gzipped(firstChunkOnly), firstChunkOnly, fresh.bytes(result.files()),
                    result.files().size());
        }
    }

    private static long gzipped(Set<String> names) throws IOException {
        long sum = 0;
        for (String name : names) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
                gzip.write(Files.readAllBytes(work.resolve("static").resolve(name)));
            }
            sum += bytes.size();
        }
        return sum;
    }

    @Test
    void theSameIndexGivesTheSameFiles() throws IOException {
        StaticIndex.write(work.resolve("index"), work.resolve("again"));
        try (Stream<Path> files = Files.list(work.resolve("static"))) {
            for (Path file : files.toList()) {
                assertThat(work.resolve("again").resolve(file.getFileName())).hasSameBinaryContentAs(file);
            }
        }
    }
}
