package io.docstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.search.Filters;
import io.docstack.search.SearchDocument;
import io.docstack.search.SearchDocuments;
import io.docstack.search.SearchIndex;
import io.docstack.search.Searcher;
import io.docstack.search.SuiteDocuments;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;
import io.docstack.spec.ApiPages;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Specs;

/**
 * Prints the search index build time and size and the query latency (median, p99 over 1,000
 * queries after 5,000 for warm-up (the JIT), one- and three-word queries drawn from the indexed text, 10 hits
 * with snippets each) for the sample suite, or for a docs folder given as argument (one project).
 * With {@code --index DIR}, only the latency, over the Lucene index a build wrote
 * ({@code target/site-search}), with queries drawn from its stored text.
 * From the repository root, after {@code mvn -q -o test-compile -pl doc-core}:
 *
 * <pre>
 * cd doc-core &amp;&amp; java -cp "target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" io.docstack.bench.SearchBench [docs-folder | --index DIR]
 * </pre>
 */
public final class SearchBench {

    private static final int QUERIES = 1_000;

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--index")) {
            Path index = Path.of(args[1]);
            List<String> texts = storedTexts(index);
            System.out.printf("%d documents in %s%n", texts.size(), index);
            latency(index, queries(texts, new Random(7)));
            return;
        }
        Path work = Files.createTempDirectory("search-bench");
        List<SearchDocument> documents = args.length > 0 ? folder(Path.of(args[0]).toAbsolutePath(), work)
                : SuiteDocuments.of(work.resolve("suite"));
        Path index = work.resolve("index");
        long start = System.nanoTime();
        SearchIndex.write(documents, index);
        long build = System.nanoTime() - start;
        long bytes;
        try (Stream<Path> files = Files.list(index)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        System.out.printf("%d documents; index written in %d ms (cold JVM), %d KiB%n", documents.size(),
                build / 1_000_000, bytes / 1024);
        latency(index, queries(documents.stream().map(SearchDocument::text).toList(), new Random(7)));
    }

    private static void latency(Path index, List<String> queries) {
        try (Searcher searcher = SearchIndex.open(index)) {
            for (int round = 0; round < 5; round++) {
                run(searcher, queries); // warm-up: JIT
            }
            long[] nanos = run(searcher, queries);
            print("queries (half one word, half three)", nanos);
            // queries alternate one word, three words
            print("one-word queries", java.util.stream.IntStream.range(0, nanos.length).filter(i -> i % 2 == 0).mapToLong(i -> nanos[i]).toArray());
            print("three-word queries", java.util.stream.IntStream.range(0, nanos.length).filter(i -> i % 2 == 1).mapToLong(i -> nanos[i]).toArray());
        }
    }

    private static void print(String what, long[] measured) {
        long[] nanos = measured.clone();
        Arrays.sort(nanos);
        System.out.printf("%d %s: median %.2f ms, p99 %.2f ms, max %.2f ms%n", nanos.length, what,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    private static long[] run(Searcher searcher, List<String> queries) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            searcher.search(queries.get(i), Filters.NONE, 10);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    /** The stored text of every document of a Lucene index, in document order. */
    private static List<String> storedTexts(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            List<String> texts = new ArrayList<>(reader.maxDoc());
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                texts.add(stored.document(doc).get("text"));
            }
            return texts;
        }
    }

    /** One- and three-word runs of consecutive words from random documents. */
    private static List<String> queries(List<String> texts, Random random) {
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            String[] words = texts.get(random.nextInt(texts.size())).split("\\s+");
            int length = queries.size() % 2 == 0 ? 1 : 3;
            if (words.length >= length) {
                int from = random.nextInt(words.length - length + 1);
                queries.add(String.join(" ", Arrays.copyOfRange(words, from, from + length)));
            }
        }
        return queries;
    }

    private static List<SearchDocument> folder(Path docs, Path work) {
        SiteConfig config = TestFiles.site(docs, work.resolve("site"))
                .project(new ProjectConfig("docs", "docs", null, "1.0", docs, null)).build();
        Catalog catalog = Sources.aggregate(config);
        ConvertedSite pages = Converter.convert(catalog, config.limits(), config.threads(), true, null);
        ApiSite apis = Specs.read(catalog, config.limits());
        return SearchDocuments.of(ApiPages.addTo(pages, apis, true), apis);
    }
}
