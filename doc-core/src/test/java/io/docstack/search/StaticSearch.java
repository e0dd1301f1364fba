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
 * exported files. Analyses the query with {@link StaticAnalysis}, loads the shards its terms fall
 * in, scores BM25 (Lucene's idf, k1 and b from {@code meta.json}) with the field boosts, and ranks
 * as {@link SearchQuery} does, with the sloppy phrase boost computed as Lucene's
 * {@code SloppyPhraseMatcher} does for phrases without repeated terms (a repeated term's
 * occurrences are not kept apart). Not thread-safe (caches shards).
 */
final class StaticSearch {

    /** Urls best first, and every file this query needed (meta, shards, docs chunks of the urls). */
    record Result(List<String> urls, Set<String> files) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final JsonNode meta;
    private final byte[] lead;
    private final Map<String, JsonNode> files = new HashMap<>();

    StaticSearch(Path folder) {
        this.folder = folder;
        this.meta = read(StaticIndex.META);
        this.lead = Base64.getDecoder().decode(meta.get("lead").asText());
    }

    Result search(String query, int limit) {
        Set<String> used = new LinkedHashSet<>(List.of(StaticIndex.META));
        QueryTerms terms = StaticAnalysis.query(query);
        int count = terms.positions().size();
        if (count == 0) {
            return new Result(List.of(), used);
        }
        Map<Integer, double[]> scores = new HashMap<>();
        Map<Integer, Set<Integer>> matched = new HashMap<>();
        for (int p = 0; p < count; p++) {
            for (String term : terms.positions().get(p)) {
                int position = p;
                score(term, used, 1, false, (doc, score) -> {
                    scores.computeIfAbsent(doc, d -> new double[1])[0] += score;
                    matched.computeIfAbsent(doc, d -> new LinkedHashSet<>()).add(position);
                });
            }
        }
        double identifierBoost = meta.get("ranking").get("identifierBoost").asDouble();
        Map<Integer, Double> identifierScores = new HashMap<>();
        for (String identifier : terms.identifiers()) {
            score(identifier, used, identifierBoost, true, (doc, score) -> identifierScores.merge(doc, score, Double::sum));
        }
        Map<Integer, Double> phraseScores = new HashMap<>();
        if (count > 1) {
            JsonNode ranking = meta.get("ranking");
            for (JsonNode field : ranking.get("phraseFields")) {
                phrase(terms.single(), meta.get("fields").get(field.asText()), ranking.get("phraseBoost").asDouble(),
                        ranking.get("phraseSlop").asInt(), used, (doc, score) -> phraseScores.merge(doc, score, Double::sum));
            }
        }
        int minimum = count <= 2 ? count : count - Math.max(1, count / 4);
        double allTermsBonus = meta.get("ranking").get("allTermsBonus").asDouble();
        double leadBonus = meta.get("ranking").get("leadBonus").asDouble();
        List<double[]> ranked = new ArrayList<>();
        matched.forEach((doc, positions) -> {
            if (positions.size() < minimum) {
                return;
            }
            double score = scores.get(doc)[0] + identifierScores.getOrDefault(doc, 0.0)
                    + phraseScores.getOrDefault(doc, 0.0);
            score += count > 2 && positions.size() == count ? allTermsBonus : 0;
            score += (lead[doc >> 3] & (1 << (doc & 7))) != 0 ? leadBonus : 0;
            ranked.add(new double[] {doc, score});
        });
        ranked.sort(Comparator.comparingDouble((double[] r) -> -r[1]).thenComparingDouble(r -> r[0]));
        List<String> urls = new ArrayList<>();
        int perChunk = meta.get("docsPerChunk").asInt();
        for (double[] r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            int doc = (int) r[0];
            String chunk = "docs-" + doc / perChunk + ".json";
            used.add(chunk);
            urls.add(file(chunk).get(doc % perChunk).get(0).asText());
        }
        return new Result(urls, used);
    }

    interface Scores {
        void add(int doc, double score);
    }

    /** BM25 of {@code term} in each scored field (only text when {@code textOnly}), times the field boost. */
    private void score(String term, Set<String> used, double boost, boolean textOnly, Scores out) {
        JsonNode postings = file(shardOf(term, used).get(1).asText()).get(term);
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

    /** The sloppy phrase of {@code words} in {@code field}: BM25 with the words' idfs summed and the sloppy frequency. */
    private void phrase(List<String> words, JsonNode field, double boost, int slop, Set<String> used, Scores out) {
        String key = field.get("key").asText();
        List<Map<Integer, int[]>> positions = new ArrayList<>();
        Map<Integer, Integer> lengths = new HashMap<>();
        double idf = 0;
        for (String word : words) {
            JsonNode row = shardOf(word, used);
            used.add(row.get(2).asText());
            JsonNode list = file(row.get(1).asText()).path(word).path(key);
            JsonNode gaps = file(row.get(2).asText()).path(word).path(key);
            if (list.isMissingNode()) {
                return;
            }
            idf += idf(field, list.size() / 3);
            Map<Integer, int[]> byDoc = new HashMap<>();
            int doc = 0;
            for (int i = 0; i < list.size(); i += 3) {
                doc += list.get(i).asInt();
                lengths.put(doc, list.get(i + 2).asInt());
                JsonNode docGaps = gaps.get(i / 3);
                int[] absolute = new int[docGaps.size()];
                for (int j = 0, position = 0; j < absolute.length; j++) {
                    position += docGaps.get(j).asInt();
                    absolute[j] = position;
                }
                byDoc.put(doc, absolute);
            }
            positions.add(byDoc);
        }
        double weight = boost * field.get("boost").asDouble() * idf;
        for (int doc : positions.get(0).keySet()) {
            if (positions.stream().allMatch(byDoc -> byDoc.containsKey(doc))) {
                double freq = SloppyPhrase.frequency(positions.stream().map(byDoc -> byDoc.get(doc)).toList(), slop);
                if (freq > 0) {
                    out.add(doc, bm25(weight, freq, lengths.get(doc), field));
                }
            }
        }
    }

    /** The file of the last shard whose first term is not after {@code term}. */
    String shardOf(String term) {
        return shardRow(term).get(1).asText();
    }

    /** The shard table's row for {@code term}: {@code [from, terms file, positions file]}. */
    private JsonNode shardRow(String term) {
        JsonNode row = null;
        for (JsonNode shard : meta.get("shards")) {
            if (shard.get(0).asText().compareTo(term) <= 0) {
                row = shard;
            }
        }
        return row;
    }

    /** The row for {@code term}, noting the files it names as used: the positions file only for phrases. */
    private JsonNode shardOf(String term, Set<String> used) {
        JsonNode row = shardRow(term);
        used.add(row.get(1).asText());
        return row;
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
