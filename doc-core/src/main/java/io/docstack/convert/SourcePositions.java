package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds where references were written in a page's source, since Asciidoctor gives no positions
 * for inline macros. For each reference the caller passes the spellings it may have in the source
 * (for example {@code xref:a.adoc#b}, {@code <<a.adoc#b}, {@code a.adoc#b}) and the line of the
 * block that contains it (from Asciidoctor's sourcemap); the earliest occurrence at or after that
 * line which no earlier reference has claimed wins, and is claimed. Claiming instead of a cursor
 * keeps two identical links in one paragraph apart and is not thrown off by references rendered
 * out of source order (footnotes, section titles).
 *
 * <p>Columns are 1-based UTF-16 offsets in the line. Not thread-safe; one instance per page.
 */
final class SourcePositions {

    private final String text;
    private final int[] lineStarts;
    /** Start offset to end offset of occurrences already given to a reference. */
    private final TreeMap<Integer, Integer> claimed = new TreeMap<>();

    SourcePositions(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Line and column of the earliest unclaimed spelling at or after {@code blockLine} (the whole
     * text when 0); when none is found, {@code blockLine}:1, or 1:1 when the block is unknown.
     */
    int[] locate(List<String> spellings, int blockLine) {
        int[] found = claim(spellings, blockLine);
        return found != null ? found : new int[] {Math.max(1, blockLine), 1};
    }

    /** Like {@link #locate}, but null when no spelling is found. */
    int[] claim(List<String> spellings, int blockLine) {
        int from = blockLine > 0 && blockLine <= lineStarts.length ? lineStarts[blockLine - 1] : 0;
        int best = -1;
        int bestEnd = -1;
        for (String spelling : spellings) {
            int at = find(spelling, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                bestEnd = at + spelling.length();
            }
        }
        if (best < 0) {
            return null;
        }
        claimed.put(best, bestEnd);
        int line = lineOf(best);
        return new int[] {line, best - lineStarts[line - 1] + 1};
    }

    /** The text of a 1-based line without its line break, or "" past the end. */
    String line(int number) {
        if (number < 1 || number > lineStarts.length) {
            return "";
        }
        int end = number < lineStarts.length ? lineStarts[number] - 1 : text.length();
        if (end > lineStarts[number - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(lineStarts[number - 1], Math.max(lineStarts[number - 1], end));
    }

    private int find(String spelling, int from) {
        if (spelling.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(spelling, from); at >= 0; at = text.indexOf(spelling, at + 1)) {
            int end = at + spelling.length();
            if (!wordChar(at - 1, true) && !wordChar(end, false) && !isClaimed(at, end)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the character at {@code index} continues a word, so a match there is part of a longer name. */
    private boolean wordChar(int index, boolean before) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || before && c == '.';
    }

    private boolean isClaimed(int start, int end) {
        Map.Entry<Integer, Integer> before = claimed.floorEntry(end - 1);
        return before != null && before.getValue() > start;
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }
}
