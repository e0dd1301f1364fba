package io.docstack.convert;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Refuses Markdown nested deeper than {@code maxNesting} before Flexmark sees it: Flexmark
 * parses and renders nested blocks and emphasis recursively, so a page of 1,000 nested block
 * quotes or 20,000 emphasis markers could overflow the stack or take quadratic time. Counted
 * per line: block quote markers, list levels (bullet and ordered list markers, and indentation),
 * and emphasis and bracket markers.
 */
final class NestingGuard {
    private NestingGuard() {
    }

    /**
     * A {@code source.limit} diagnostic for the first line past the limit, or null. Lines of fenced
     * code blocks are not Markdown (a line of 300 '*' there is ASCII art, not emphasis) and are skipped.
     */
    static Diagnostic check(String text, String displayPath, int maxNesting) {
        int lineNumber = 0;
        int start = 0;
        int length = text.length();
        String openFence = null;
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNumber++;
            String fence = fence(text, start, end);
            if (openFence != null) {
                if (fence != null && fence.charAt(0) == openFence.charAt(0) && fence.length() >= openFence.length()
                        && text.substring(start, end).strip().length() == fence.length()) {
                    openFence = null;
                }
                start = end + 1;
                continue;
            }
            if (fence != null) {
                openFence = fence;
                start = end + 1;
                continue;
            }
            String problem = problem(text, start, end, maxNesting);
            if (problem != null) {
                return Diagnostic.error(Rules.SOURCE_LIMIT, displayPath, lineNumber, 1,
                        problem + " is deeper than maxNesting (" + maxNesting + ")",
                        "flatten the structure, or raise maxNesting if the page is legitimate");
            }
            start = end + 1;
        }
        return null;
    }

    /** The fence (run of 3+ '`' or '~') a line opens or closes a CommonMark code block with, or null. */
    private static String fence(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= end || text.charAt(i) != '`' && text.charAt(i) != '~') {
            return null;
        }
        char marker = text.charAt(i);
        int run = i;
        while (run < end && text.charAt(run) == marker) {
            run++;
        }
        if (run - i < 3 || marker == '`' && text.indexOf('`', run) >= 0 && text.indexOf('`', run) < end) {
            return null;
        }
        return text.substring(i, run);
    }

    /** The index after an ordered list marker ({@code 1.}, {@code 12)}) at {@code i}, or 0 when there is none. */
    private static int orderedMarkerEnd(String text, int i, int end) {
        int digits = i;
        while (digits < end && digits - i < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == i || digits - i > 9 || digits >= end) {
            return 0;
        }
        char delimiter = text.charAt(digits);
        return (delimiter == '.' || delimiter == ')') && endsMarker(text, digits + 1, end) ? digits + 1 : 0;
    }

    /** Whether a list marker ending before {@code i} is one: a space, a tab or the end of the line follows it. */
    private static boolean endsMarker(String text, int i, int end) {
        return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
    }

    private static String problem(String text, int start, int end, int maxNesting) {
        int quotes = 0;
        int indent = 0;
        int listMarkers = 0;
        int i = start;
        // Every container marker CommonMark knows, in any order: '>', a bullet or an ordered
        // marker (up to 9 digits and '.' or ')') that a space, a tab or the line end follows.
        for (; i < end; i++) {
            char c = text.charAt(i);
            int afterOrdered = orderedMarkerEnd(text, i, end);
            if (c == '>') {
                quotes++;
            } else if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent += 4;
            } else if ((c == '-' || c == '*' || c == '+') && endsMarker(text, i + 1, end)) {
                listMarkers++;
            } else if (afterOrdered > 0) {
                listMarkers++;
                i = afterOrdered - 1;
            } else {
                break;
            }
        }
        if (i == end && quotes == 0 && listMarkers == 0) {
            return null; // a blank line, however many spaces it holds
        }
        if (quotes > maxNesting) {
            return "block quote nesting";
        }
        if (listMarkers + indent / 2 > maxNesting * 2) {
            return "list nesting";
        }
        int markers = 0;
        for (int j = start; j < end; j++) {
            char c = text.charAt(j);
            if (c == '*' || c == '_' || c == '~' || c == '[') {
                markers++;
            }
        }
        return markers > maxNesting * 4 ? "emphasis or bracket nesting" : null;
    }
}
