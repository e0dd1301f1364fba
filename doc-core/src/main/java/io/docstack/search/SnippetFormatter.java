package io.docstack.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: the text escaped, each matched range (overlapping ranges
 * merged, as the word delimiter gives an identifier and its parts the same offsets) wrapped in
 * {@code <mark>}. Lucene's {@code DefaultPassageFormatter} does not escape, and indexed text may
 * hold {@code <script>}. Stateless; thread-safe.
 */
final class SnippetFormatter extends PassageFormatter {

    static final String ELLIPSIS = " … ";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        for (Passage passage : passages) {
            if (!html.isEmpty()) {
                html.append(ELLIPSIS);
            }
            int position = passage.getStartOffset();
            for (int[] match : merged(passage)) {
                int start = Math.max(match[0], position);
                int end = Math.min(match[1], passage.getEndOffset());
                if (start >= end) {
                    continue;
                }
                escape(content, position, start, html);
                html.append("<mark>");
                escape(content, start, end, html);
                html.append("</mark>");
                position = end;
            }
            escape(content, position, passage.getEndOffset(), html);
        }
        return html.toString().strip();
    }

    private static List<int[]> merged(Passage passage) {
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            matches.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
        }
        matches.sort(Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> m[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] match : matches) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && match[0] <= last[1]) {
                last[1] = Math.max(last[1], match[1]);
            } else {
                merged.add(match);
            }
        }
        return merged;
    }

    /** Appends {@code content[from, to)} with the five HTML-special characters escaped. */
    static void escape(String content, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
