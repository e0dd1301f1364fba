package io.docstack.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Text analysis for prose and code: tokens are runs of letters, digits and {@code _}; identifiers
 * are split on case changes and {@code _} while the whole identifier and its parts glued together
 * are kept, so {@code serverId}, {@code server_id}, {@code getServerId()} and {@code server id}
 * all share the terms {@code server} and {@code id}. Then lower case, English plurals, and one
 * copy of a term repeated at a position.
 *
 * <p>The word delimiter filter makes a token graph; the index flattens it (an index cannot store a
 * graph), queries keep it so that positions stay exact. Thread-safe (Lucene reuses components
 * per thread).
 */
final class CodeAnalyzer extends Analyzer {

    private static final int WORD_DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.CATENATE_WORDS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    private final boolean forIndex;
    private final boolean stem;

    private CodeAnalyzer(boolean forIndex, boolean stem) {
        this.forIndex = forIndex;
        this.stem = stem;
    }

    /** The chain for indexed text: the graph flattened. */
    static CodeAnalyzer forIndex() {
        return new CodeAnalyzer(true, true);
    }

    /** The chain for query text: the same, keeping the graph. */
    static CodeAnalyzer forQuery() {
        return new CodeAnalyzer(false, true);
    }

    /** Without stemming, for titles matched by prefix (a stem is not always a prefix of the word). */
    static CodeAnalyzer forPrefixes(boolean forIndex) {
        return new CodeAnalyzer(forIndex, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(c -> Character.isLetterOrDigit(c) || c == '_');
        TokenStream stream = new WordDelimiterGraphFilter(tokenizer, false, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                WORD_DELIMITER_FLAGS, null);
        stream = new LowerCaseFilter(stream);
        if (stem) {
            stream = new EnglishMinimalStemFilter(stream);
        }
        // serverId and its catenation serverid are one term once lower-cased
        stream = new RemoveDuplicatesTokenFilter(stream);
        if (forIndex) {
            stream = new FlattenGraphFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
