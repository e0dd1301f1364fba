package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.search.SearchDocument.Kind;

/** Document i of the index is item i of the list, however many segments the writer flushes and merges. */
class SearchIndexTest {

    private static final List<String> WORDS = List.of("server", "volume", "serverId", "network_id", "port", "attach",
            "image", "flavorRef", "quota", "the", "a", "create", "delete", "list", "snapshot");

    @TempDir
    Path work;

    static List<SearchDocument> documents(int count, long seed) {
        Random random = new Random(seed);
        List<SearchDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            // Lengths vary a lot, so that flushed segments differ in size and merges have a choice.
            for (int w = random.nextInt(i % 11 == 0 ? 400 : 40); w >= 0; w--) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
            }
            String page = "p" + (i / 5);
            documents.add(new SearchDocument("proj" + (i % 3), "1." + (i % 2), "Page " + page,
                    WORDS.get(random.nextInt(WORDS.size())) + " " + i, text.toString().trim(),
                    "proj/" + page + ".html" + (i % 5 == 0 ? "" : "#s" + i), i % 7 == 0 ? Kind.API : Kind.PAGE));
        }
        return documents;
    }

    static List<String> storedUrls(Path index) throws IOException {
        try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            StoredFields stored = reader.storedFields();
            List<String> urls = new ArrayList<>(reader.maxDoc());
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                urls.add(stored.document(doc).get(Fields.URL));
            }
            return urls;
        }
    }

    @Test
    void documentIsTheListItemAcrossFlushesAndMerges() throws IOException {
        List<SearchDocument> documents = documents(20_000, 3);
        SearchIndex.write(documents, work.resolve("index"), 0.5);

        assertThat(storedUrls(work.resolve("index"))).isEqualTo(documents.stream().map(SearchDocument::url).toList());
    }

    @Test
    void segmentsDoNotChangeTheStaticExportOrTheRanking() throws IOException {
        List<SearchDocument> documents = SuiteDocuments.of(work.resolve("suite"));
        SearchIndex.write(documents, work.resolve("one"));
        SearchIndex.write(documents, work.resolve("many"), 0.1);
        StaticIndex.write(work.resolve("one"), work.resolve("one-static"));
        StaticIndex.write(work.resolve("many"), work.resolve("many-static"));

        List<Path> files;
        try (Stream<Path> listed = Files.list(work.resolve("one-static"))) {
            files = listed.map(Path::getFileName).sorted().toList();
        }
        try (Stream<Path> listed = Files.list(work.resolve("many-static"))) {
            assertThat(listed.map(Path::getFileName).sorted().toList()).isEqualTo(files);
        }
        for (Path file : files) {
            assertThat(Files.readAllBytes(work.resolve("many-static").resolve(file)))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(work.resolve("one-static").resolve(file)));
        }
        try (Searcher one = SearchIndex.open(work.resolve("one")); Searcher many = SearchIndex.open(work.resolve("many"))) {
            for (String query : StaticIndexTest.MORE_QUERIES) {
                assertThat(many.search(query, Filters.NONE, 20)).as(query).isEqualTo(one.search(query, Filters.NONE, 20));
                assertThat(many.suggest(query, 10)).as(query).isEqualTo(one.suggest(query, 10));
            }
        }
    }
}
