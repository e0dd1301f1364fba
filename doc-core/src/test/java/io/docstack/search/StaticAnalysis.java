package io.docstack.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The analysis of the static search client, as {@code meta.json}'s {@code analysis} rules state
 * it, written without Lucene: what the JavaScript client will do, step by step. Stateless.
 */
final class StaticAnalysis {

    private StaticAnalysis() {
    }

    /** What a user typed, as query terms: bounded, analyzed, grouped as {@link QueryTerms#of} does. */
    static QueryTerms query(String text) {
        String bounded = text.length() > QueryTerms.MAX_CHARS ? text.substring(0, QueryTerms.MAX_CHARS) : text;
        return QueryTerms.of(tokens(bounded));
    }

    /** All tokens of a text, unbounded. */
    static List<QueryTerms.Token> tokens(String text) {
        List<QueryTerms.Token> tokens = new ArrayList<>();
        int next = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isTokenChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                next = emit(text.substring(start, i), next, tokens);
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return tokens;
    }

    private static boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Emits one token's terms from position {@code next}; returns the position after them. */
    private static int emit(String token, int next, List<QueryTerms.Token> out) {
        List<String> parts = parts(token);
        if (parts.isEmpty()) {
            out.add(new QueryTerms.Token(term(token), next, 1));
            return next + 1;
        }
        if (parts.size() == 1 && parts.get(0).equals(token)) {
            out.add(new QueryTerms.Token(term(token), next, 1));
            return next + 1;
        }
        out.add(new QueryTerms.Token(term(token), next, parts.size()));
        int runStart = -1;
        for (int p = 0; p <= parts.size(); p++) {
            boolean word = p < parts.size() && !Character.isDigit(parts.get(p).codePointAt(0));
            if (word && runStart < 0) {
                runStart = p;
            } else if (!word && runStart >= 0) {
                if (p - runStart > 1 && parts.size() > 1) {
                    out.add(new QueryTerms.Token(term(String.join("", parts.subList(runStart, p))), next + runStart, p - runStart));
                }
                runStart = -1;
            }
            if (p < parts.size()) {
                out.add(new QueryTerms.Token(term(parts.get(p)), next + p, 1));
            }
        }
        return next + parts.size();
    }

    /** Runs without '_', cut between a lower-case letter and an upper-case one. */
    static List<String> parts(String token) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int previous = '_';
        for (int i = 0; i < token.length(); i += Character.charCount(token.codePointAt(i))) {
            int c = token.codePointAt(i);
            if (c == '_' || Character.getType(previous) == Character.LOWERCASE_LETTER
                    && Character.getType(c) == Character.UPPERCASE_LETTER) {
                if (part.length() > 0) {
                    parts.add(part.toString());
                }
                part.setLength(0);
            }
            if (c != '_') {
                part.appendCodePoint(c);
            }
            previous = c;
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }

    static String term(String word) {
        StringBuilder lower = new StringBuilder(word.length());
        word.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        return stem(lower.toString());
    }

    /** Lucene's English minimal stemmer. */
    static String stem(String s) {
        int len = s.length();
        if (len < 3 || s.charAt(len - 1) != 's') {
            return s;
        }
        char beforeS = s.charAt(len - 2);
        if (beforeS == 'u' || beforeS == 's') {
            return s;
        }
        if (beforeS == 'e') {
            char third = s.charAt(len - 3);
            if (len > 3 && third == 'i' && s.charAt(len - 4) != 'a' && s.charAt(len - 4) != 'e') {
                return s.substring(0, len - 3) + "y";
            }
            if (third == 'i' || third == 'a' || third == 'o' || third == 'e') {
                return s;
            }
        }
        return s.substring(0, len - 1);
    }
}
