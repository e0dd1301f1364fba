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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.docstack.search.SearchDocument.Kind;

/** Writing the index in slices on several threads gives the index one thread writes, document for document. */
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
            for (int w = random.nextInt(40); w >= 0; w--) {
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

    static int segments(Path index) throws IOException {
        try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void documentIsTheListIndexWhateverTheSlices(int slices) throws IOException {
        List<SearchDocument> documents = documents(3_001, slices);
        IndexSlices.write(documents, work.resolve("index"), slices);

        assertThat(storedUrls(work.resolve("index"))).isEqualTo(documents.stream().map(SearchDocument::url).toList());
        assertThat(segments(work.resolve("index"))).isGreaterThanOrEqualTo(slices);
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).containsExactly(work.resolve("index")); // the slice folders are gone
        }
    }

    @Test
    void slicedIndexExportsTheSameStaticIndexAndRanksTheSame() throws IOException {
        List<SearchDocument> documents = SuiteDocuments.of(work.resolve("suite"));
        IndexSlices.write(documents, work.resolve("one"), 1);
        IndexSlices.write(documents, work.resolve("three"), 3);
        StaticIndex.write(work.resolve("one"), work.resolve("one-static"));
        StaticIndex.write(work.resolve("three"), work.resolve("three-static"));

        List<Path> files;
        try (Stream<Path> listed = Files.list(work.resolve("one-static"))) {
            files = listed.map(Path::getFileName).sorted().toList();
        }
        try (Stream<Path> listed = Files.list(work.resolve("three-static"))) {
            assertThat(listed.map(Path::getFileName).sorted().toList()).isEqualTo(files);
        }
        for (Path file : files) {
            assertThat(Files.readAllBytes(work.resolve("three-static").resolve(file)))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(work.resolve("one-static").resolve(file)));
        }
        try (Searcher one = SearchIndex.open(work.resolve("one")); Searcher three = SearchIndex.open(work.resolve("three"))) {
            for (String query : StaticIndexTest.MORE_QUERIES) {
                assertThat(three.search(query, Filters.NONE, 20)).as(query).isEqualTo(one.search(query, Filters.NONE, 20));
                assertThat(three.suggest(query, 10)).as(query).isEqualTo(one.suggest(query, 10));
            }
        }
    }

    @Test
    void smallSitesAreWrittenOnOneThread() {
        assertThat(IndexSlices.count(500, 8)).isEqualTo(1);
        assertThat(IndexSlices.count(IndexSlices.MIN_SLICE_DOCUMENTS * 2, 8)).isEqualTo(2);
        assertThat(IndexSlices.count(1_000_000, 2)).isEqualTo(2);
        assertThat(IndexSlices.count(1_000_000, 1)).isEqualTo(1);
    }
}
