package io.docstack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * Queries an index written by {@link SearchIndex#write}: ranked hits with highlighted snippets,
 * and title suggestions for type-ahead. What users type is analyzed, never parsed as query
 * syntax, so no input makes it throw. Thread-safe for queries; close it once, after the last.
 */
public final class Searcher implements AutoCloseable {

    /** Most hits or suggestions one call returns. */
    public static final int MAX_LIMIT = 1_000;
    /** Snippets aim at this many characters per passage. */
    static final int SNIPPET_CHARS = 160;
    static final int SNIPPET_PASSAGES = 2;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer = CodeAnalyzer.forQuery();
    private final Analyzer prefixAnalyzer = CodeAnalyzer.forPrefixes(false);
    private final UnifiedHighlighter highlighter;

    Searcher(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, Fields.indexAnalyzer())
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
    }

    /**
     * The best {@code limit} documents for {@code query} within {@code filters}, best first.
     * A blank query, or one with no word in it, gives no hits.
     *
     * @param limit 1 to {@link #MAX_LIMIT}
     */
    public List<Hit> search(String query, Filters filters, int limit) {
        Objects.requireNonNull(filters, "filters");
        checkLimit(limit);
        if (query == null || query.isBlank()) {
            return List.of();
        }
        QueryTerms terms = QueryTerms.analyze(queryAnalyzer, Fields.TEXT, query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Query lucene = SearchQuery.of(terms, filters);
        try {
            TopDocs top = top(terms, filters, limit);
            String[] snippets = highlighter.highlight(Fields.TEXT, lucene, top, SNIPPET_PASSAGES);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Document document = stored.document(scoreDoc.doc);
                hits.add(new Hit(document.get(Fields.URL), document.get(Fields.PAGE_TITLE),
                        document.get(Fields.SECTION_TITLE), document.get(Fields.PROJECT), document.get(Fields.VERSION),
                        SearchDocument.Kind.valueOf(document.get(Fields.KIND)), scoreDoc.score,
                        snippets[i] == null ? "" : snippets[i]));
            }
            return List.copyOf(hits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    /**
     * The best {@code limit} documents of {@link SearchQuery#of}: the complete matches first (they
     * outrank every partial one by the all-terms bonus), then, when they are too few, the partial
     * ones. A conjunction skips blocks that cannot compete; the one query with a minimum of
     * matching clauses could not, which made queries of three common words 5–10 times slower.
     */
    private TopDocs top(QueryTerms terms, Filters filters, int limit) throws IOException {
        TopDocs complete = searcher.search(SearchQuery.complete(terms, filters), limit);
        if (complete.scoreDocs.length == limit || terms.positions().size() <= 2) {
            return complete;
        }
        TopDocs partial = searcher.search(SearchQuery.partial(terms, filters), limit - complete.scoreDocs.length);
        ScoreDoc[] both = new ScoreDoc[complete.scoreDocs.length + partial.scoreDocs.length];
        System.arraycopy(complete.scoreDocs, 0, both, 0, complete.scoreDocs.length);
        System.arraycopy(partial.scoreDocs, 0, both, complete.scoreDocs.length, partial.scoreDocs.length);
        return new TopDocs(new TotalHits(complete.totalHits.value + partial.totalHits.value,
                TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), both);
    }

    /**
     * Section and page titles whose words start with what was typed: every word but the last as
     * typed, the last as a prefix. Shorter titles first among equals.
     *
     * @param limit 1 to {@link #MAX_LIMIT}
     */
    public List<Suggestion> suggest(String prefix, int limit) {
        checkLimit(limit);
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        QueryTerms terms = QueryTerms.analyze(prefixAnalyzer, Fields.TITLE_PREFIX, prefix);
        if (terms.isEmpty()) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(SearchQuery.prefix(terms), Math.min(MAX_LIMIT, limit * 5));
            StoredFields stored = searcher.storedFields();
            List<Ranked> ranked = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Document document = stored.document(scoreDoc.doc);
                ranked.add(new Ranked(scoreDoc.score, scoreDoc.doc, new Suggestion(document.get(Fields.SECTION_TITLE),
                        document.get(Fields.PAGE_TITLE), document.get(Fields.URL), document.get(Fields.PROJECT),
                        document.get(Fields.VERSION))));
            }
            ranked.sort(Comparator.comparing((Ranked r) -> -r.score)
                    .thenComparingInt(r -> r.suggestion.title().length())
                    .thenComparingInt(r -> r.doc));
            return ranked.stream().limit(limit).map(Ranked::suggestion).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    private record Ranked(float score, int doc, Suggestion suggestion) {
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    @Override
    public void close() {
        try (directory; reader) {
            // closes both, reader first
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
