package io.docstack.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent-word pairs: how the index and every client score words that stand together. A text's
 * pairs are its consecutive one-position words after stop words are dropped, joined by one space:
 * "Create a port" gives {@code create port}; so do the queries "create port" and "create a port".
 * A pair is one term, so a client scores it as it scores a word: from that term's postings alone,
 * without positions. This replaces a sloppy phrase query, whose positions a static client would have
 * to download for every posting of every query word. Stateless.
 */
final class WordPairs {

    /** Longer pairs are left out on both sides (a tokenizer would cut them; no one types them). */
    static final int MAX_CHARS = 255;
    static final String SEPARATOR = " ";

    private WordPairs() {
    }

    /** The pairs of {@code words} (one per position, in order), skipping stop words. */
    static List<String> of(List<String> words) {
        List<String> pairs = new ArrayList<>();
        String previous = null;
        for (String word : words) {
            if (QueryTerms.STOP_WORDS.contains(word)) {
                continue;
            }
            if (previous != null && previous.length() + word.length() < MAX_CHARS) {
                pairs.add(previous + SEPARATOR + word);
            }
            previous = word;
        }
        return pairs;
    }
}
