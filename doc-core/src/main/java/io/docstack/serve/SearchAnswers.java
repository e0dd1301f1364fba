package io.docstack.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.docstack.search.Filters;
import io.docstack.search.Hit;
import io.docstack.search.Searcher;

/**
 * {@code /_docstack/search?q=…&limit=…&project=…&version=…}: the preview's search, answered from
 * the build's Lucene index, as the static client's hits ({@code url, pageTitle, sectionTitle,
 * project, version, kind, excerpt}), so the theme's box shows them the same way. The excerpt is
 * plain text (the client marks the words and inserts it as text). Stateless.
 */
final class SearchAnswers {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchAnswers() {
    }

    static byte[] json(Searcher searcher, Map<String, List<String>> parameters) {
        String query = first(parameters, "q", "");
        int limit = limit(first(parameters, "limit", String.valueOf(DEFAULT_LIMIT)));
        Filters filters = new Filters(Set.copyOf(parameters.getOrDefault("project", List.of())),
                Set.copyOf(parameters.getOrDefault("version", List.of())), Set.of());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit hit : searcher.search(query, filters, limit)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("url", hit.url());
            json.put("pageTitle", hit.pageTitle());
            json.put("sectionTitle", hit.sectionTitle());
            json.put("project", hit.project());
            json.put("version", hit.version());
            json.put("kind", hit.kind().name());
            json.put("excerpt", plainText(hit.snippet()));
            hits.add(json);
        }
        try {
            return JSON.writeValueAsBytes(Map.of("hits", hits));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hits are always JSON", e);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name, String otherwise) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? otherwise : values.get(0);
    }

    private static int limit(String value) {
        try {
            return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    /** A snippet's text: its {@code <mark>} tags dropped, its five escapes undone (SnippetFormatter makes no others). */
    static String plainText(String snippet) {
        return snippet.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
