package io.docstack.convert;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-style heading anchors ({@link io.docstack.config.AnchorStyle#GITHUB}), the documented rule
 * users link against: lower-case the text, drop everything but letters, marks, digits, spaces, '-'
 * and '_', turn each space into '-'; a repeated slug gets {@code -1}, {@code -2}… in document order.
 * "Create a Port!" gives {@code create-a-port}. One instance per page; not thread-safe.
 */
final class GithubSlugger implements Slugger {

    private final Map<String, Integer> used = new HashMap<>();

    @Override
    public void reserve(String id) {
        used.putIfAbsent(id, 0);
    }

    @Override
    public String slug(String text) {
        String base = base(text);
        Integer count = used.get(base);
        if (count == null) {
            used.put(base, 0);
            return base;
        }
        String candidate;
        do {
            count++;
            candidate = base + "-" + count;
        } while (used.containsKey(candidate));
        used.put(base, count);
        used.put(candidate, 0);
        return candidate;
    }

    static String base(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || isKeptLikeGithub(c)) {
                out.appendCodePoint(c);
            } else if (c == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }

    /** Marks (accents, Indic vowel signs), letter numbers and connector punctuation such as '_'. */
    private static boolean isKeptLikeGithub(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.LETTER_NUMBER, Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }
}
