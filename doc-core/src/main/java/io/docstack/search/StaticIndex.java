package io.docstack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Exports a search index written by {@link SearchIndex#write} as a static index that a browser
 * client downloads piece by piece from any static host (the folder becomes
 * {@code <site>/_docstack/search/}):
 * <ul>
 * <li>{@code meta.json}: format, document count, per-field statistics and boosts, BM25 and ranking
 * constants, the analysis rules the client mirrors, lead sections, the filter groups (project,
 * version, kind) of the documents as runs, and the two shard tables;</li>
 * <li>{@code t-N.json}: a range of the word dictionary, {@code {"term": {"s"|"p"|"t": [doc gap,
 * frequency, field length, …]}}}; shard N holds the terms from {@code shards.from[N]} (the
 * shortest start of its first term that sorts after the previous shard's last) up to the next
 * shard's; a shard ends on a change of the terms' first two characters once it has
 * {@link #SHARD_BYTES} bytes, or anywhere once it would pass {@link #MAX_SHARD_BYTES};</li>
 * <li>{@code pairs-N.json}: the same for the {@link WordPairs} dictionary ({@code "S"} section
 * title, {@code "T"} text), in shards of at most {@link #MAX_PAIR_SHARD_BYTES}, cut anywhere;
 * only queries of several words load them;</li>
 * <li>{@code docs-N.json}: documents N × {@link #DOCS_PER_CHUNK} on, each an array in the order
 * of {@code docColumns}; a client loads only the chunks of the hits it shows.</li>
 * </ul>
 * Terms and postings are read from the Lucene index itself, so the export and the server agree by
 * construction. The same index gives byte-identical files. Stateless; thread-safe (two exports
 * into one folder at once are the caller's mistake).
 */
public final class StaticIndex {

    /** Bumped on any change a client must know of (2: word pairs instead of positions; filter groups). */
    public static final int FORMAT = 2;
    /** A word shard closes at the next two-character prefix once it holds this many bytes. */
    public static final int SHARD_BYTES = 8 * 1024;
    /** A word shard never grows past this many bytes (one term's postings may). */
    public static final int MAX_SHARD_BYTES = 64 * 1024;
    /**
     * A pair shard never grows past this many bytes (one pair's postings may). Pairs are many and
     * each is rare, and a query loads one shard per pair: small shards waste the fewest bytes.
     */
    public static final int MAX_PAIR_SHARD_BYTES = 8 * 1024;
    /**
     * Small, because a top 10 is spread over the site: each hit costs a client its chunk. Ten
     * documents are about 3 KB (1 KB gzipped).
     */
    public static final int DOCS_PER_CHUNK = 10;
    /** Plain-text excerpt per document, for result snippets. */
    public static final int EXCERPT_CHARS = 300;
    static final String META = "meta.json";
    static final String WORD_SHARD = "t-";
    static final String PAIR_SHARD = "pairs-";
    static final List<String> DOC_COLUMNS = List.of("url", "pageTitle", "sectionTitle", "project", "version", "kind",
            "excerpt");

    private static final ObjectMapper JSON = new ObjectMapper();

    private StaticIndex() {
    }

    /** What an export wrote. */
    public record Written(int documents, int shards, int pairShards, int docChunks, long bytes) {
    }

    /**
     * Reads the index in {@code luceneIndex} and writes its static form into {@code folder},
     * replacing an earlier export there (other files are left alone).
     *
     * @throws UncheckedIOException when the index cannot be read or the folder written
     */
    public static Written write(Path luceneIndex, Path folder) {
        Objects.requireNonNull(luceneIndex, "luceneIndex");
        Objects.requireNonNull(folder, "folder");
        try (Directory directory = FSDirectory.open(luceneIndex); DirectoryReader reader = DirectoryReader.open(directory)) {
            if (reader.numDocs() != reader.maxDoc()) {
                throw new IllegalStateException("the index has deleted documents; SearchIndex.write never makes them");
            }
            Files.createDirectories(folder);
            deleteEarlierExport(folder);
            // The two dictionaries and the documents are independent files: written at once.
            long[] wordBytes = {0};
            long[] pairBytes = {0};
            CompletableFuture<List<String>> words = CompletableFuture.supplyAsync(() -> writeShards(reader,
                    StaticPostings.WORD_FIELDS, folder, new Sharding(WORD_SHARD, SHARD_BYTES, MAX_SHARD_BYTES), wordBytes));
            CompletableFuture<List<String>> pairs = CompletableFuture.supplyAsync(() -> writeShards(reader,
                    StaticPostings.PAIR_FIELDS, folder, new Sharding(PAIR_SHARD, MAX_PAIR_SHARD_BYTES, MAX_PAIR_SHARD_BYTES),
                    pairBytes));
            long[] bytes = {0};
            int chunks = (reader.maxDoc() + DOCS_PER_CHUNK - 1) / DOCS_PER_CHUNK;
            StoredFields stored = reader.storedFields();
            List<List<String>> groups = new ArrayList<>();
            for (int chunk = 0; chunk < chunks; chunk++) {
                bytes[0] += write(folder.resolve(docsFile(chunk)), JSON.writeValueAsString(docs(stored, reader.maxDoc(), chunk, groups)));
            }
            bytes[0] += write(folder.resolve(META), JSON.writeValueAsString(meta(reader, join(words), join(pairs), groups)));
            return new Written(reader.maxDoc(), join(words).size(), join(pairs).size(), chunks,
                    bytes[0] + wordBytes[0] + pairBytes[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the search index " + luceneIndex + " to " + folder, e);
        }
    }

    static String docsFile(int chunk) {
        return "docs-" + chunk + ".json";
    }

    /**
     * How one dictionary is cut: a shard closes at a change of the terms' first two characters once
     * it holds {@code bytes}, or anywhere before it would pass {@code maxBytes}.
     */
    private record Sharding(String prefix, int bytes, int maxBytes) {
    }

    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Reads one dictionary ({@code fields}: field → key) and writes its shards; returns each shard's {@code from}. */
    private static List<String> writeShards(IndexReader reader, Map<String, String> fields, Path folder, Sharding sharding,
                                            long[] bytes) {
        try {
            return writeShards(StaticPostings.read(reader, fields), folder, sharding, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the shards of one dictionary; returns each shard's first term, in order. */
    private static List<String> writeShards(TreeMap<String, Map<String, int[]>> postings, Path folder, Sharding sharding,
                                            long[] bytes) throws IOException {
        String prefix = sharding.prefix();
        List<String> from = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previousPrefix = null;
        String previousTerm = null;
        for (Map.Entry<String, Map<String, int[]>> entry : postings.entrySet()) {
            String term = entry.getKey();
            String fragment = fragment(term, entry.getValue());
            String start = term.substring(0, Math.min(2, term.length()));
            boolean full = current.length() >= sharding.bytes() && !start.equals(previousPrefix);
            boolean overflowing = current.length() + fragment.length() > sharding.maxBytes();
            if (current.length() > 0 && (full || overflowing)) {
                bytes[0] += write(folder.resolve(prefix + (from.size() - 1) + ".json"), "{" + current + "}");
                current.setLength(0);
            }
            if (current.length() == 0) {
                from.add(from.isEmpty() ? "" : separator(previousTerm, term));
            }
            current.append(current.length() == 0 ? "" : ",").append(fragment);
            previousPrefix = start;
            previousTerm = term;
        }
        if (from.isEmpty()) {
            from.add("");
        }
        bytes[0] += write(folder.resolve(prefix + (from.size() - 1) + ".json"), "{" + current + "}");
        return from;
    }

    /** {@code "term":{"key":[n,…],…}}, written directly: the dictionaries hold millions of numbers. */
    private static String fragment(String term, Map<String, int[]> postings) {
        StringBuilder json = new StringBuilder(16 + 8 * postings.values().stream().mapToInt(list -> list.length).sum());
        json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(term)).append("\":{");
        boolean firstField = true;
        for (Map.Entry<String, int[]> field : postings.entrySet()) {
            json.append(firstField ? "" : ",").append('"').append(field.getKey()).append("\":[");
            int[] list = field.getValue();
            for (int i = 0; i < list.length; i++) {
                json.append(i == 0 ? "" : ",").append(list[i]);
            }
            json.append(']');
            firstField = false;
        }
        return json.append('}').toString();
    }

    /**
     * The shortest start of {@code first} that sorts after {@code last}: enough to tell which shard
     * a term is in (a term between the two is in neither, so either answer is right), and it keeps
     * the shard tables in meta.json short. Never ends inside a surrogate pair.
     */
    static String separator(String last, String first) {
        for (int end = 1; end < first.length(); end++) {
            if (!Character.isHighSurrogate(first.charAt(end - 1)) && first.substring(0, end).compareTo(last) > 0) {
                return first.substring(0, end);
            }
        }
        return first;
    }

    /** The documents of one chunk; notes each document's filter group (project, version, kind) in {@code groups}. */
    private static List<List<Object>> docs(StoredFields stored, int maxDoc, int chunk, List<List<String>> groups)
            throws IOException {
        List<List<Object>> docs = new ArrayList<>();
        int end = Math.min(maxDoc, (chunk + 1) * DOCS_PER_CHUNK);
        for (int doc = chunk * DOCS_PER_CHUNK; doc < end; doc++) {
            Document document = stored.document(doc);
            groups.add(List.of(document.get(Fields.PROJECT), document.get(Fields.VERSION), document.get(Fields.KIND)));
            docs.add(List.of(document.get(Fields.URL), document.get(Fields.PAGE_TITLE), document.get(Fields.SECTION_TITLE),
                    document.get(Fields.PROJECT), document.get(Fields.VERSION), document.get(Fields.KIND),
                    excerpt(document.get(Fields.TEXT))));
        }
        return docs;
    }

    /** The text's first {@link #EXCERPT_CHARS} characters, cut at a space when there is one. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
        int end = cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static Map<String, Object> meta(IndexReader reader, List<String> words, List<String> pairs,
                                            List<List<String>> docGroups) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("documents", reader.maxDoc());
        meta.put("docsPerChunk", DOCS_PER_CHUNK);
        meta.put("docColumns", DOC_COLUMNS);
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Float> boosts = Map.of(Fields.SECTION_TITLE, SearchQuery.SECTION_TITLE_BOOST, Fields.PAGE_TITLE,
                SearchQuery.PAGE_TITLE_BOOST, Fields.TEXT, 1f, Fields.SECTION_PAIRS,
                SearchQuery.PAIR_BOOST * SearchQuery.SECTION_TITLE_BOOST, Fields.TEXT_PAIRS, SearchQuery.PAIR_BOOST);
        addFields(reader, StaticPostings.WORD_FIELDS, false, boosts, fields);
        addFields(reader, StaticPostings.PAIR_FIELDS, true, boosts, fields);
        meta.put("fields", fields);
        meta.put("bm25", Map.of("k1", 1.2, "b", 0.75));
        Map<String, Object> ranking = new LinkedHashMap<>();
        ranking.put("identifierBoost", SearchQuery.IDENTIFIER_BOOST);
        ranking.put("allTermsBonus", SearchQuery.ALL_TERMS_BONUS);
        ranking.put("leadBonus", SearchQuery.LEAD_BONUS);
        meta.put("ranking", ranking);
        meta.put("lead", Base64.getEncoder().encodeToString(StaticPostings.bitset(reader, Fields.LEAD, Fields.YES)));
        meta.put("analysis", StaticAnalysisRules.rules());
        FilterGroups filterGroups = FilterGroups.of(docGroups);
        meta.put("groups", filterGroups.groups());
        meta.put("groupRuns", filterGroups.runs());
        meta.put("shards", table(words, WORD_SHARD));
        meta.put("pairShards", table(pairs, PAIR_SHARD));
        return meta;
    }

    private static void addFields(IndexReader reader, Map<String, String> keys, boolean pairs, Map<String, Float> boosts,
                                  Map<String, Object> out) throws IOException {
        for (Map.Entry<String, String> field : keys.entrySet()) {
            int docCount = reader.getDocCount(field.getKey());
            long sum = reader.getSumTotalTermFreq(field.getKey());
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("key", field.getValue());
            stats.put("pairs", pairs);
            stats.put("boost", boosts.get(field.getKey()));
            stats.put("docCount", docCount);
            stats.put("sumLength", sum);
            stats.put("avgLength", docCount == 0 ? 1.0 : (double) sum / docCount);
            out.put(field.getKey(), stats);
        }
    }

    /** A shard table: shard N is the file {@code file + N + ".json"} and holds the terms from {@code from[N]} on. */
    private static Map<String, Object> table(List<String> from, String prefix) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("file", prefix);
        table.put("from", from);
        return table;
    }

    private static long write(Path file, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static void deleteEarlierExport(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals(META) || name.matches("(t|p|pairs|docs)-\\d+\\.json")) {
                    Files.delete(file);
                }
            }
        }
    }
}
