package io.docstack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The analyzed terms of what a user typed, grouped by position: a position's alternatives are
 * the tokens that start there ({@code serverid} and {@code server} for {@code serverId}). User
 * text is never parsed as query syntax. Immutable.
 *
 * @param positions alternatives per position, in order; at most {@link #MAX_POSITIONS}
 * @param single    per position, the one-position token: the words {@link WordPairs} pairs
 * @param identifiers the tokens that span several positions: identifiers as typed ({@code createport})
 * @param pairs     the distinct {@link WordPairs} of {@code single}
 */
record QueryTerms(List<Set<String>> positions, List<String> single, List<String> identifiers, List<String> pairs) {

    /**
     * Words dropped from queries that have other words ({@code what is a tenant}); they stay in
     * the index as words, and {@link WordPairs} skip them, so "create a port" pairs as "create port".
     */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does",
            "for", "how", "i", "in", "is", "it", "my", "of", "on", "or", "the", "to", "was", "what", "when", "where",
            "which", "why", "with");

    /** Query text beyond this many characters is ignored (a search box, not a document). */
    static final int MAX_CHARS = 1_000;
    /** Terms beyond this many positions are ignored: keeps queries far below Lucene's clause limit. */
    static final int MAX_POSITIONS = 16;

    QueryTerms {
        positions = List.copyOf(positions);
        single = List.copyOf(single);
        identifiers = List.copyOf(identifiers);
        pairs = List.copyOf(pairs);
    }

    QueryTerms(List<Set<String>> positions, List<String> single, List<String> identifiers) {
        this(positions, single, identifiers, new ArrayList<>(new LinkedHashSet<>(WordPairs.of(single))));
    }

    boolean isEmpty() {
        return positions.isEmpty();
    }

    /** One token of an analyzed text: its term, the position it starts at and how many positions it spans. */
    record Token(String term, int position, int length) {
    }

    static QueryTerms analyze(Analyzer analyzer, String field, String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return of(tokens(analyzer, field, bounded));
    }

    /** Every token of {@code text}, in stream order. */
    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, length.getPositionLength()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return tokens;
    }

    /**
     * One word per position, in order: the first one-position token there, else the first token.
     * The words a text's {@link WordPairs} are made of, in the index as in a query.
     */
    static List<String> words(List<Token> tokens) {
        TreeMap<Integer, String> words = new TreeMap<>();
        TreeMap<Integer, String> first = new TreeMap<>();
        for (Token token : tokens) {
            first.putIfAbsent(token.position(), token.term());
            if (token.length() == 1) {
                words.putIfAbsent(token.position(), token.term());
            }
        }
        List<String> out = new ArrayList<>(first.size());
        first.forEach((position, term) -> out.add(words.getOrDefault(position, term)));
        return out;
    }

    /**
     * Groups tokens in position order into query terms: tokens from {@link #MAX_POSITIONS} on are
     * dropped, then stop words (unless the query is nothing else). The static search client
     * applies the same rules to the tokens of its own analysis.
     */
    static QueryTerms of(List<Token> tokens) {
        TreeMap<Integer, Set<String>> byPosition = new TreeMap<>();
        TreeMap<Integer, String> single = new TreeMap<>();
        Set<String> identifiers = new LinkedHashSet<>();
        for (Token token : tokens) {
            if (token.position() >= MAX_POSITIONS) {
                break;
            }
            byPosition.computeIfAbsent(token.position(), p -> new LinkedHashSet<>()).add(token.term());
            if (token.length() == 1) {
                single.putIfAbsent(token.position(), token.term());
            } else {
                identifiers.add(token.term());
            }
        }
        if (!STOP_WORDS.containsAll(single.values())) {
            single.entrySet().removeIf(entry -> STOP_WORDS.contains(entry.getValue()) && byPosition.get(entry.getKey()).size() == 1
                    && byPosition.remove(entry.getKey()) != null);
        }
        List<String> phrase = new ArrayList<>();
        byPosition.forEach((position, values) -> phrase.add(single.getOrDefault(position, values.iterator().next())));
        return new QueryTerms(new ArrayList<>(byPosition.values()), phrase, new ArrayList<>(identifiers));
    }
}
