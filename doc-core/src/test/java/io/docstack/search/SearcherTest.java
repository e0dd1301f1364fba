package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.docstack.search.SearchDocument.Kind;

/** Queries, filters, snippets and suggestions over a small hand-written index; bad input never throws. */
class SearcherTest {

    @TempDir
    static Path folder;
    static Searcher searcher;

    static SearchDocument page(String project, String version, String section, String text, String url) {
        return new SearchDocument(project, version, "Page of " + section, section, text, url, Kind.PAGE);
    }

    @BeforeAll
    static void index() {
        List<SearchDocument> documents = List.of(
                page("compute", "2.4", "Find a server", "Look it up with serverId.", "compute/2.4/a.html#find"),
                page("compute", "2.4", "Snake", "The field server_id names it.", "compute/2.4/a.html#snake"),
                page("compute", "2.4", "Method", "Call getServerId() first.", "compute/2.4/a.html#method"),
                page("compute", "2.4", "Words", "Every server has an id.", "compute/2.4/a.html#words"),
                page("compute", "2.3", "Create a port", "An older port guide.", "compute/2.3/p.html#create-a-port"),
                page("network", "1.9", "Create a port", "A port connects a server to a network.", "network/1.9/p.html#create-a-port"),
                page("network", "1.9", "Ports", "Ports are created for you; create one to choose its address.", "network/1.9/c.html#ports"),
                page("network", "1.9", "Unsafe", "Never run <script>alert(1)</script> or onerror=x; write &lt; as is.",
                        "network/1.9/u.html#unsafe"),
                page("network", "1.9", "Сервер", "Сервер запущен. サーバーを作成 します", "network/1.9/i18n.html"),
                new SearchDocument("network", "1.9", "Network API", "Create a port", "POST /ports createPort network_id",
                        "network/1.9/api/ports.html#createPort", Kind.API));
        SearchIndex.write(documents, folder.resolve("index"));
        searcher = SearchIndex.open(folder.resolve("index"));
    }

    @AfterAll
    static void close() {
        searcher.close();
    }

    private static List<String> urls(String query) {
        return searcher.search(query, Filters.NONE, 10).stream().map(Hit::url).toList();
    }

    @Test
    void theFourSpellingsOfServerIdFindEachOther() {
        List<String> all = List.of("compute/2.4/a.html#find", "compute/2.4/a.html#snake", "compute/2.4/a.html#method",
                "compute/2.4/a.html#words");
        for (String spelling : List.of("serverId", "server_id", "getServerId()", "server id")) {
            assertThat(urls(spelling)).as(spelling).containsAll(all);
        }
    }

    @Test
    void sectionTitlesOutrankText() {
        List<Hit> hits = searcher.search("create port", Filters.NONE, 10);
        assertThat(hits).extracting(Hit::sectionTitle).startsWith("Create a port", "Create a port", "Create a port", "Ports");
    }

    @Test
    void filtersNarrowByProjectVersionAndKind() {
        assertThat(searcher.search("create port", new Filters(Set.of("network"), Set.of(), Set.of()), 10))
                .extracting(Hit::project).containsOnly("network");
        assertThat(searcher.search("create port", new Filters(Set.of(), Set.of("2.3"), Set.of()), 10))
                .extracting(Hit::url).containsExactly("compute/2.3/p.html#create-a-port");
        assertThat(searcher.search("create port", new Filters(Set.of(), Set.of(), Set.of(Kind.API)), 10))
                .extracting(Hit::url, Hit::kind).containsExactly(org.assertj.core.api.Assertions.tuple(
                        "network/1.9/api/ports.html#createPort", Kind.API));
    }

    @Test
    void hitsCarryTheStoredFields() {
        Hit hit = searcher.search("connects", Filters.NONE, 1).get(0);
        assertThat(hit.url()).isEqualTo("network/1.9/p.html#create-a-port");
        assertThat(hit.pageTitle()).isEqualTo("Page of Create a port");
        assertThat(hit.sectionTitle()).isEqualTo("Create a port");
        assertThat(hit.project()).isEqualTo("network");
        assertThat(hit.version()).isEqualTo("1.9");
        assertThat(hit.kind()).isEqualTo(Kind.PAGE);
        assertThat(hit.score()).isPositive();
        assertThat(hit.snippet()).isEqualTo("A port <mark>connects</mark> a server to a network.");
    }

    @Test
    void snippetsEscapeIndexedMarkupAndMarkOnlyMatches() {
        assertThat(searcher.search("alert", Filters.NONE, 1).get(0).snippet()).isEqualTo(
                "Never run &lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; or onerror=x; write &amp;lt; as is.");
        assertThat(searcher.search("onerror", Filters.NONE, 1).get(0).snippet()).isEqualTo(
                "Never run &lt;script&gt;alert(1)&lt;/script&gt; or <mark>onerror</mark>=x; write &amp;lt; as is.");
    }

    @Test
    void aTitleOnlyMatchStillHasTheTextAsSnippet() {
        Hit hit = searcher.search("page", Filters.NONE, 10).get(0);
        assertThat(hit.snippet()).doesNotContain("<mark>").isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "\"create port", "port\"", "create AND port OR",
            "title:port", "port~2", "por*", "port^10", "[a TO z]", "{!lucene}port", "\\", "/regex/", "((((port", "NOT",
            "*", "?", "  ", "", "\u0000", "\uD800", "😀 port"})
    void syntaxAndOddCharactersNeverThrow(String query) {
        assertThat(searcher.search(query, Filters.NONE, 10)).isNotNull();
        assertThat(searcher.suggest(query, 10)).isNotNull();
    }

    @Test
    void lucenesSyntaxIsSearchedAsWords() {
        assertThat(urls("+create -port")).contains("network/1.9/p.html#create-a-port");
        assertThat(urls("sectionTitle:port")).isEmpty(); // "sectiontitle" is in no document, and there are two words
    }

    @Test
    void blankOrWordlessQueriesFindNothing() {
        assertThat(searcher.search("", Filters.NONE, 10)).isEmpty();
        assertThat(searcher.search("   \t\n", Filters.NONE, 10)).isEmpty();
        assertThat(searcher.search(null, Filters.NONE, 10)).isEmpty();
        assertThat(searcher.search("&& || !", Filters.NONE, 10)).isEmpty();
        assertThat(searcher.suggest("", 10)).isEmpty();
    }

    @Test
    void aTenKilobyteQueryIsCutNotRejected() {
        String huge = "port ".repeat(2_048);
        assertThat(huge.length()).isGreaterThanOrEqualTo(10_240);
        assertThat(urls(huge)).isNotEmpty();
        String noise = "x".repeat(10_240);
        assertThat(urls(noise)).isEmpty();
        String words = new java.util.Random(1).ints(2_000, 0, 26).mapToObj(i -> (char) ('a' + i) + "q").reduce("", (a, b) -> a + " " + b);
        assertThat(searcher.search(words, Filters.NONE, 10)).isNotNull();
    }

    @Test
    void cyrillicAndJapaneseFindTheirWords() {
        assertThat(urls("сервер")).containsExactly("network/1.9/i18n.html");
        assertThat(urls("サーバーを作成")).containsExactly("network/1.9/i18n.html");
        assertThat(urls("作成")).isEmpty(); // no CJK segmentation: a sentence without spaces is one word
    }

    @Test
    void suggestionsCompleteTheLastWordOfTitles() {
        assertThat(searcher.suggest("cre", 10)).extracting(Suggestion::url).containsExactly(
                "compute/2.3/p.html#create-a-port", "network/1.9/p.html#create-a-port",
                "network/1.9/api/ports.html#createPort");
        assertThat(searcher.suggest("create a po", 10)).extracting(Suggestion::title).containsOnly("Create a port");
        assertThat(searcher.suggest("Port", 1)).extracting(Suggestion::title).containsExactly("Ports");
        assertThat(searcher.suggest("zzz", 10)).isEmpty();
    }

    @Test
    void limitsOutsideOneToTheMaximumAreOurMistake() {
        assertThatThrownBy(() -> searcher.search("port", Filters.NONE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> searcher.suggest("port", Searcher.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writingAgainReplacesWhatTheFolderHeld() throws Exception {
        Path again = folder.resolve("again");
        Files.createDirectories(again);
        Files.writeString(again.resolve("stale.txt"), "old");
        SearchIndex.write(List.of(page("p", "1", "Only", "the only document", "p/1/o.html")), again);
        assertThat(again.resolve("stale.txt")).doesNotExist();
        try (Searcher fresh = SearchIndex.open(again)) {
            assertThat(fresh.search("only", Filters.NONE, 10)).extracting(Hit::url).containsExactly("p/1/o.html");
        }
    }

    @Test
    void queriesRunConcurrently() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Hit>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> searcher.search("create port", Filters.NONE, 5)));
            }
            List<Hit> first = results.get(0).get();
            for (var result : results) {
                assertThat(result.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }
}
