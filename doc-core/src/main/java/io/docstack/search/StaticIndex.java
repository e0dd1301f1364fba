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
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Exports a search index written by {@link SearchIndex#write} as a static index that a browser
 * client downloads piece by piece from any static host (the folder becomes
 * {@code <site>/_docstack/search/}):
 * <ul>
 * <li>{@code meta.json}: format, document count, per-field statistics and boosts, BM25 and ranking
 * constants, the analysis rules the client mirrors, lead sections, and the shard table;</li>
 * <li>{@code t-N.json}: a range of the term dictionary, {@code {"term": {"s"|"p"|"t": [doc gap,
 * frequency, field length, …]}}}; shard N holds the terms from its {@code from} (in the table) up
 * to the next shard's; a shard ends on a change of the terms' first two characters once it has
 * {@link #SHARD_BYTES} bytes, or anywhere once it would pass {@link #MAX_SHARD_BYTES};</li>
 * <li>{@code p-N.json}: the positions of shard N's terms in the fields phrases are matched in,
 * {@code {"term": {"s"|"t": [[position gap, …] per posting]}}}; only queries of several words
 * need them;</li>
 * <li>{@code docs-N.json}: documents N × {@link #DOCS_PER_CHUNK} on, each an array in the order
 * of {@code docColumns}.</li>
 * </ul>
 * Terms and postings are read from the Lucene index itself, so the export and the server agree by
 * construction. The same index gives byte-identical files. Stateless; thread-safe (two exports
 * into one folder at once are the caller's mistake).
 */
public final class StaticIndex {

    /** Bumped on any change a client must know of. */
    public static final int FORMAT = 1;
    /** A shard closes at the next two-character prefix once it holds this many bytes. */
    public static final int SHARD_BYTES = 8 * 1024;
    /** A shard never grows past this many bytes (one term's postings may). */
    public static final int MAX_SHARD_BYTES = 64 * 1024;
    public static final int DOCS_PER_CHUNK = 50;
    /** Plain-text excerpt per document, for result snippets. */
    public static final int EXCERPT_CHARS = 300;
    static final String META = "meta.json";
    static final List<String> DOC_COLUMNS = List.of("url", "pageTitle", "sectionTitle", "project", "version", "kind",
            "lengths", "excerpt");

    private static final ObjectMapper JSON = new ObjectMapper();

    private StaticIndex() {
    }

    /** What an export wrote. */
    public record Written(int documents, int shards, int docChunks, long bytes) {
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
            List<Shard> shards = shards(StaticPostings.read(reader));
            long bytes = 0;
            for (int i = 0; i < shards.size(); i++) {
                bytes += write(folder.resolve(shardFile(i)), shards.get(i).json());
                bytes += write(folder.resolve(positionsFile(i)), shards.get(i).positions());
            }
            List<int[]> lengths = new ArrayList<>();
            for (String field : StaticPostings.FIELD_KEYS.keySet()) {
                lengths.add(StaticPostings.lengths(reader, field));
            }
            int chunks = (reader.maxDoc() + DOCS_PER_CHUNK - 1) / DOCS_PER_CHUNK;
            for (int chunk = 0; chunk < chunks; chunk++) {
                bytes += write(folder.resolve("docs-" + chunk + ".json"), JSON.writeValueAsString(docs(reader, lengths, chunk)));
            }
            bytes += write(folder.resolve(META), JSON.writeValueAsString(meta(reader, shards)));
            return new Written(reader.maxDoc(), shards.size(), chunks, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the search index " + luceneIndex + " to " + folder, e);
        }
    }

    static String shardFile(int index) {
        return "t-" + index + ".json";
    }

    static String positionsFile(int index) {
        return "p-" + index + ".json";
    }

    private record Shard(String from, String json, String positions) {
    }

    private static List<Shard> shards(TreeMap<String, StaticPostings.TermPostings> postings) throws IOException {
        List<Shard> shards = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder positions = new StringBuilder();
        String from = "";
        String previousPrefix = null;
        for (Map.Entry<String, StaticPostings.TermPostings> entry : postings.entrySet()) {
            String term = entry.getKey();
            String key = JSON.writeValueAsString(term) + ":";
            String fragment = key + JSON.writeValueAsString(entry.getValue().postings());
            String prefix = term.substring(0, Math.min(2, term.length()));
            boolean full = current.length() >= SHARD_BYTES && !prefix.equals(previousPrefix);
            boolean overflowing = current.length() + fragment.length() > MAX_SHARD_BYTES;
            if (current.length() > 0 && (full || overflowing)) {
                shards.add(new Shard(from, "{" + current + "}", "{" + positions + "}"));
                current.setLength(0);
                positions.setLength(0);
                from = term;
            }
            current.append(current.length() == 0 ? "" : ",").append(fragment);
            if (!entry.getValue().positions().isEmpty()) {
                positions.append(positions.length() == 0 ? "" : ",").append(key)
                        .append(JSON.writeValueAsString(entry.getValue().positions()));
            }
            previousPrefix = prefix;
        }
        shards.add(new Shard(from, "{" + current + "}", "{" + positions + "}"));
        return shards;
    }

    private static List<List<Object>> docs(IndexReader reader, List<int[]> lengths, int chunk) throws IOException {
        StoredFields stored = reader.storedFields();
        List<List<Object>> docs = new ArrayList<>();
        int end = Math.min(reader.maxDoc(), (chunk + 1) * DOCS_PER_CHUNK);
        for (int doc = chunk * DOCS_PER_CHUNK; doc < end; doc++) {
            Document document = stored.document(doc);
            int id = doc;
            docs.add(List.of(document.get(Fields.URL), document.get(Fields.PAGE_TITLE), document.get(Fields.SECTION_TITLE),
                    document.get(Fields.PROJECT), document.get(Fields.VERSION), document.get(Fields.KIND),
                    lengths.stream().map(l -> l[id]).toList(), excerpt(document.get(Fields.TEXT))));
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

    private static Map<String, Object> meta(IndexReader reader, List<Shard> shards) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("documents", reader.maxDoc());
        meta.put("docsPerChunk", DOCS_PER_CHUNK);
        meta.put("docColumns", DOC_COLUMNS);
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Float> boosts = Map.of(Fields.SECTION_TITLE, SearchQuery.SECTION_TITLE_BOOST, Fields.PAGE_TITLE,
                SearchQuery.PAGE_TITLE_BOOST, Fields.TEXT, 1f);
        for (Map.Entry<String, String> field : StaticPostings.FIELD_KEYS.entrySet()) {
            int docCount = reader.getDocCount(field.getKey());
            long sum = reader.getSumTotalTermFreq(field.getKey());
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("key", field.getValue());
            stats.put("boost", boosts.get(field.getKey()));
            stats.put("docCount", docCount);
            stats.put("sumLength", sum);
            stats.put("avgLength", docCount == 0 ? 1.0 : (double) sum / docCount);
            fields.put(field.getKey(), stats);
        }
        meta.put("fields", fields);
        meta.put("bm25", Map.of("k1", 1.2, "b", 0.75));
        Map<String, Object> ranking = new LinkedHashMap<>();
        ranking.put("identifierBoost", SearchQuery.IDENTIFIER_BOOST);
        ranking.put("allTermsBonus", SearchQuery.ALL_TERMS_BONUS);
        ranking.put("leadBonus", SearchQuery.LEAD_BONUS);
        ranking.put("phraseBoost", SearchQuery.PHRASE_BOOST);
        ranking.put("phraseSlop", SearchQuery.PHRASE_SLOP);
        ranking.put("phraseFields", StaticPostings.PHRASE_FIELDS);
        meta.put("ranking", ranking);
        meta.put("lead", Base64.getEncoder().encodeToString(StaticPostings.bitset(reader, Fields.LEAD, Fields.YES)));
        meta.put("analysis", StaticAnalysisRules.rules());
        meta.put("shards", java.util.stream.IntStream.range(0, shards.size())
                .mapToObj(i -> List.of(shards.get(i).from(), shardFile(i), positionsFile(i))).toList());
        return meta;
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
                if (name.equals(META) || name.matches("(t|p|docs)-\\d+\\.json")) {
                    Files.delete(file);
                }
            }
        }
    }
}
