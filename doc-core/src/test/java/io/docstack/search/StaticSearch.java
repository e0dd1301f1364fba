package io.docstack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reference static search client: what the JavaScript client does, in Java, reading only the
 * exported files. Analyses the query with {@link StaticAnalysis}, loads the shards its words and
 * {@link WordPairs} fall in, scores BM25 (Lucene's idf, k1 and b from {@code meta.json}) with the
 * field boosts, and ranks as {@link SearchQuery} does, within the filters (meta.json's groups).
 * Not thread-safe (caches shards).
 */
final class StaticSearch {

    /** Urls best first, and every file this query needed (meta, shards, docs chunks of the urls). */
    record Result(List<String> urls, Set<String> files) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final JsonNode meta;
    private final byte[] lead;
    private final int[] groupOf;
    private final Map<String, JsonNode> files = new HashMap<>();

    StaticSearch(Path folder) {
        this.folder = folder;
        this.meta = read(StaticIndex.META);
        this.lead = Base64.getDecoder().decode(meta.get("lead").asText());
        this.groupOf = new int[meta.get("documents").asInt()];
        JsonNode runs = meta.get("groupRuns");
        for (int i = 0, doc = 0; i < runs.size(); i += 2) {
            for (int n = 0; n < runs.get(i + 1).asInt(); n++) {
                groupOf[doc++] = runs.get(i).asInt();
            }
        }
    }

    Result search(String query, int limit) {
        return search(query, Filters.NONE, limit);
    }

    Result search(String query, Filters filters, int limit) {
        Set<String> used = new LinkedHashSet<>(List.of(StaticIndex.META));
        QueryTerms terms = StaticAnalysis.query(query);
        int count = terms.positions().size();
        if (count == 0) {
            return new Result(List.of(), used);
        }
        boolean[] allowed = allowedGroups(filters);
        Map<Integer, double[]> scores = new HashMap<>();
        Map<Integer, Set<Integer>> matched = new HashMap<>();
        for (int p = 0; p < count; p++) {
            for (String term : terms.positions().get(p)) {
                int position = p;
                score(term, "shards", used, 1, false, (doc, score) -> {
                    scores.computeIfAbsent(doc, d -> new double[1])[0] += score;
                    matched.computeIfAbsent(doc, d -> new LinkedHashSet<>()).add(position);
                });
            }
        }
        double identifierBoost = meta.get("ranking").get("identifierBoost").asDouble();
        Map<Integer, Double> extra = new HashMap<>();
        for (String identifier : terms.identifiers()) {
            score(identifier, "shards", used, identifierBoost, true, (doc, score) -> extra.merge(doc, score, Double::sum));
        }
        for (String pair : terms.pairs()) {
            score(pair, "pairShards", used, 1, false, (doc, score) -> extra.merge(doc, score, Double::sum));
        }
        int minimum = count <= 2 ? count : count - Math.max(1, count / 4);
        double allTermsBonus = meta.get("ranking").get("allTermsBonus").asDouble();
        double leadBonus = meta.get("ranking").get("leadBonus").asDouble();
        List<double[]> ranked = new ArrayList<>();
        matched.forEach((doc, positions) -> {
            if (positions.size() < minimum || !allowed[groupOf[doc]]) {
                return;
            }
            double score = scores.get(doc)[0] + extra.getOrDefault(doc, 0.0);
            score += count > 2 && positions.size() == count ? allTermsBonus : 0;
            score += (lead[doc >> 3] & (1 << (doc & 7))) != 0 ? leadBonus : 0;
            ranked.add(new double[] {doc, score});
        });
        ranked.sort(Comparator.comparingDouble((double[] r) -> -r[1]).thenComparingDouble(r -> r[0]));
        List<String> urls = new ArrayList<>();
        int perChunk = meta.get("docsPerChunk").asInt();
        for (double[] r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            int doc = (int) r[0];
            String chunk = StaticIndex.docsFile(doc / perChunk);
            used.add(chunk);
            urls.add(file(chunk).get(doc % perChunk).get(0).asText());
        }
        return new Result(urls, used);
    }

    /** Per group of meta.json, whether {@code filters} let its documents through. */
    private boolean[] allowedGroups(Filters filters) {
        JsonNode groups = meta.get("groups");
        boolean[] allowed = new boolean[groups.size()];
        for (int g = 0; g < allowed.length; g++) {
            JsonNode group = groups.get(g);
            allowed[g] = (filters.projects().isEmpty() || filters.projects().contains(group.get(0).asText()))
                    && (filters.versions().isEmpty() || filters.versions().contains(group.get(1).asText()))
                    && (filters.kinds().isEmpty() || filters.kinds().stream().anyMatch(k -> k.name().equals(group.get(2).asText())));
        }
        return allowed;
    }

    interface Scores {
        void add(int doc, double score);
    }

    /**
     * BM25 of {@code term} in each field of its dictionary ({@code table}: words or pairs; only
     * text when {@code textOnly}), times the field boost.
     */
    private void score(String term, String table, Set<String> used, double boost, boolean textOnly, Scores out) {
        String file = shardFile(table, term);
        used.add(file);
        JsonNode postings = file(file).get(term);
        if (postings == null) {
            return;
        }
        meta.get("fields").forEach(field -> {
            JsonNode list = postings.get(field.get("key").asText());
            if (list == null || textOnly && !field.get("key").asText().equals("t")) {
                return;
            }
            double weight = boost * field.get("boost").asDouble() * idf(field, list.size() / 3);
            int doc = 0;
            for (int i = 0; i < list.size(); i += 3) {
                doc += list.get(i).asInt();
                out.add(doc, bm25(weight, list.get(i + 1).asDouble(), list.get(i + 2).asDouble(), field));
            }
        });
    }

    private static double idf(JsonNode field, int docFreq) {
        double docCount = field.get("docCount").asDouble();
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    private double bm25(double weight, double freq, double length, JsonNode field) {
        double k1 = meta.get("bm25").get("k1").asDouble();
        double b = meta.get("bm25").get("b").asDouble();
        double norm = k1 * (1 - b + b * length / field.get("avgLength").asDouble());
        return weight * freq / (freq + norm);
    }

    /** The word shard file of {@code term}. */
    String shardOf(String term) {
        return shardFile("shards", term);
    }

    /** The pair shard file of {@code pair}. */
    String pairShardOf(String pair) {
        return shardFile("pairShards", pair);
    }

    /** The file of shard table {@code table} for {@code term}: the last shard whose {@code from} is not after it. */
    private String shardFile(String table, String term) {
        JsonNode from = meta.get(table).get("from");
        int low = 0;
        int high = from.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (from.get(middle).asText().compareTo(term) <= 0) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return meta.get(table).get("file").asText() + low + ".json";
    }

    long bytes(Set<String> names) {
        try {
            long sum = 0;
            for (String name : names) {
                sum += Files.size(folder.resolve(name));
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode file(String name) {
        return files.computeIfAbsent(name, this::read);
    }

    private JsonNode read(String name) {
        try {
            return JSON.readTree(folder.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
