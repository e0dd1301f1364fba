package io.docstack.convert;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading ids as MkDocs makes them ({@link io.docstack.config.AnchorStyle#MKDOCS}): the default
 * {@code slugify} and {@code unique} of Python-Markdown's {@code toc} extension
 * ({@code markdown/extensions/toc.py}), which MkDocs and Material for MkDocs use unless a project
 * configures another {@code slugify}.
 *
 * <p>The slug: NFKD-normalize, drop what is not ASCII ({@code žlutý} gives {@code zluty}), remove
 * every character that is not a word character, whitespace or '-' ({@code [^\w\s-]}), strip
 * whitespace at both ends, lower-case, then turn each run of '-' and whitespace ({@code [-\s]+})
 * into one '-'. An id already used, or an empty one, gets {@code _1}; an id that already ends in
 * {@code _N} gets {@code _N+1} instead, repeated until it is free: "Intro" three times gives
 * {@code intro}, {@code intro_1}, {@code intro_2}, and a heading of only punctuation gives
 * {@code _1}. Unlike GitHub, a leading or trailing '-' is kept ("-Flags-" gives {@code -flags-}).
 *
 * <p>One instance per page; not thread-safe.
 */
final class MkdocsSlugger implements Slugger {

    /** Python-Markdown's {@code IDCOUNT_RE}: an id that already carries a counter. */
    private static final Pattern COUNTED = Pattern.compile("(.*)_([0-9]+)");

    private final Set<String> used = new HashSet<>();

    @Override
    public void reserve(String id) {
        used.add(id);
    }

    @Override
    public String slug(String text) {
        String id = base(text);
        while (id.isEmpty() || used.contains(id)) {
            Matcher counted = COUNTED.matcher(id);
            // Python's int has no upper bound; "_99999999999" must still count on, not overflow.
            id = counted.matches()
                    ? counted.group(1) + "_" + new BigInteger(counted.group(2)).add(BigInteger.ONE)
                    : id + "_1";
        }
        used.add(id);
        return id;
    }

    static String base(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            // After ASCII folding, Python's \w is [A-Za-z0-9_]; what is not ASCII is dropped first.
            if (c < 0x80 && (isWordChar(c) || isSpace(c) || c == '-')) {
                kept.append(c);
            }
        }
        String stripped = strip(kept).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean separator = c == '-' || isSpace(c);
            if (!separator) {
                slug.append(c);
            } else if (!inRun) {
                slug.append('-');
            }
            inRun = separator;
        }
        return slug.toString();
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** ASCII whitespace as Python's {@code \s} and {@code str.strip()} see it, including 0x1C–0x1F. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }

    private static String strip(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end).toString();
    }
}
