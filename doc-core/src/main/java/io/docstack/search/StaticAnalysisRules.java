package io.docstack.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis a static search client applies to what users type, written into {@code meta.json}
 * so that a client is checked against data, not against a copy of this text. It produces the
 * terms {@link CodeAnalyzer} produces (tested on the sample suite's vocabulary). Stateless.
 */
final class StaticAnalysisRules {

    private StaticAnalysisRules() {
    }

    static Map<String, Object> rules() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("maxChars", QueryTerms.MAX_CHARS);
        rules.put("maxPositions", QueryTerms.MAX_POSITIONS);
        rules.put("tokens", "maximal runs of code points that are letters (L*), decimal digits (Nd) or '_': /[\\p{L}\\p{Nd}_]+/u");
        rules.put("parts", "a token's parts are its maximal runs without '_', cut further between a letter of general"
                + " category Ll and a following letter of category Lu; letters and digits stay together (ipv4, v2beta);"
                + " a part is a number part when its first character is a digit");
        rules.put("emit", List.of(
                "a token without '_' at its ends and with one part: the token, at the next position",
                "otherwise the token as typed (with its '_'), starting at the first part's position and spanning all parts;"
                        + " each part at its own position; if there are several parts, each run of two or more consecutive parts"
                        + " that start with a letter, glued, spanning that run",
                "a token of '_' only: the token itself, at the next position"));
        rules.put("lowerCase", "each code point to lower case on its own (Java's Character.toLowerCase; in JavaScript,"
                + " lower-case code point by code point, so that no context rule such as the final sigma applies)");
        rules.put("stem", List.of(
                "English minimal stemmer, on every emitted term; only terms of 3+ characters ending in 's' change:",
                "ending in 'us' or 'ss': unchanged",
                "ending in 'ies' with length > 3 and the character before 'ies' neither 'a' nor 'e': 'ies' becomes 'y'",
                "ending in 'ies', 'aes', 'oes' or 'ees' otherwise: unchanged",
                "else: the final 's' is dropped"));
        rules.put("positions", "alternatives of a position are the terms that start there; terms at position maxPositions"
                + " or later are dropped; a term spanning several positions is an identifier");
        rules.put("stopWords", QueryTerms.STOP_WORDS.stream().sorted().toList());
        rules.put("stopWordRule", "unless every one-position term is a stop word, a position whose only alternative is"
                + " a stop word is dropped");
        rules.put("pairs", "the words of a query are, per position in order, its first term of one position, else its first"
                + " term; drop the stop words among them; each two consecutive words joined by one space are a pair (a pair"
                + " longer than " + WordPairs.MAX_CHARS + " UTF-16 units is dropped); pairs are looked up in pairShards, once each");
        return rules;
    }
}
