package io.docstack.convert;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Refuses Markdown nested deeper than {@code maxNesting} before Flexmark sees it: Flexmark
 * parses and renders nested blocks and emphasis recursively, so a page of 1,000 nested block
 * quotes or 20,000 emphasis markers could overflow the stack or take quadratic time. Counted
 * per line: block quote markers, list levels (by indentation), and emphasis and bracket markers.
 */
final class NestingGuard {
    private NestingGuard() {
    }

    /** A {@code source.limit} diagnostic for the first line past the limit, or null. */
    static Diagnostic check(String text, String displayPath, int maxNesting) {
        int lineNumber = 0;
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNumber++;
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

    private static String problem(String text, int start, int end, int maxNesting) {
        int quotes = 0;
        int indent = 0;
        int listMarkers = 0;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                quotes++;
            } else if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent += 4;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
                listMarkers++;
            } else {
                break;
            }
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
