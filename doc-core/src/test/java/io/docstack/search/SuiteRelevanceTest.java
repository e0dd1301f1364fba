package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.docstack.TestFiles;

/**
 * Relevance on the sample suite, built through the real pipeline: each query of
 * {@code search/relevance.tsv} has the section a reader wants as its first hit.
 */
class SuiteRelevanceTest {

    @TempDir
    static Path work;
    static List<SearchDocument> documents;
    static Searcher searcher;

    @BeforeAll
    static void index() {
        documents = SuiteDocuments.of(work.resolve("suite"));
        SearchIndex.write(documents, work.resolve("index"));
        searcher = SearchIndex.open(work.resolve("index"));
    }

    @AfterAll
    static void close() {
        searcher.close();
    }

    static Stream<Arguments> queries() throws IOException {
        return Files.readAllLines(TestFiles.resource("search/relevance.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(columns -> Arguments.of(columns[0], columns[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theExpectedSectionComesFirst(String query, String expected) {
        List<Hit> hits = searcher.search(query, Filters.NONE, 5);
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).url()).as("%s; got %s", query, hits.stream().map(Hit::url).toList()).isEqualTo(expected);
    }

    /** Complete matches, then partial ones, give the defining query's ranking and scores. */
    @Test
    void completeThenPartialMatchesRankAsTheWholeQuery() throws IOException {
        org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(work.resolve("index")));
        try (reader) {
            org.apache.lucene.search.IndexSearcher lucene = new org.apache.lucene.search.IndexSearcher(reader);
            CodeAnalyzer analyzer = CodeAnalyzer.forQuery();
            List<String> queries = new java.util.ArrayList<>(queries().map(a -> (String) a.get()[0]).toList());
            queries.addAll(StaticIndexTest.MORE_QUERIES);
            // three and more words, some of which no section has all of
            queries.addAll(List.of("create port security group rule", "volume snapshot zebra", "keystone token flavor image"));
            int partial = 0;
            for (String query : queries) {
                for (int limit : new int[] {3, 10, 50}) {
                    QueryTerms terms = QueryTerms.analyze(analyzer, Fields.TEXT, query);
                    var whole = lucene.search(SearchQuery.of(terms, Filters.NONE), limit).scoreDocs;
                    List<Hit> hits = searcher.search(query, Filters.NONE, limit);
                    assertThat(hits).as("%s %d", query, limit).hasSize(whole.length);
                    for (int i = 0; i < whole.length; i++) {
                        assertThat(hits.get(i).score()).as("%s #%d", query, i).isCloseTo(whole[i].score,
                                org.assertj.core.data.Offset.offset(1e-3f));
                        partial += whole[i].score < SearchQuery.ALL_TERMS_BONUS && terms.positions().size() > 2 ? 1 : 0;
                    }
                }
            }
            assertThat(partial).as("partial matches compared").isGreaterThan(0);
        }
    }

    @Test
    void theListHasEnoughQueries() throws IOException {
        assertThat(queries()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void referencePagesAreIndexedAsOperationsNotAsPages() {
        assertThat(documents).filteredOn(d -> d.url().contains("/api/")).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(SearchDocument.Kind.API);
            assertThat(d.url()).contains("#");
        });
        assertThat(documents).filteredOn(d -> d.kind() == SearchDocument.Kind.API).hasSize(100); // the operations of the sample suite's specs
        SearchDocument createServer = documents.stream()
                .filter(d -> d.url().equals("compute/2.4/api/servers.html#createServer")).findFirst().orElseThrow();
        assertThat(createServer.sectionTitle()).isEqualTo("Create a server");
        assertThat(createServer.text()).startsWith("POST /servers createServer ").contains("flavorRef");
    }

    @Test
    void pagesAreCutIntoPlainTextSections() {
        assertThat(documents).filteredOn(d -> d.kind() == SearchDocument.Kind.PAGE).hasSize(351)
                .allSatisfy(d -> assertThat(d.text()).doesNotContain("<p>", "<code>", "docstack-link:"));
        assertThat(documents).extracting(SearchDocument::url).doesNotHaveDuplicates()
                .contains("compute/2.4/guide/launch.html", "compute/2.4/guide/launch.html#choose-a-flavor");
    }

    @Test
    void sectionsAreSuggestedAsTheTitleIsTyped() {
        assertThat(searcher.suggest("floa", 3)).extracting(Suggestion::title)
                .allSatisfy(title -> assertThat(title).containsIgnoringCase("floating"));
    }
}
