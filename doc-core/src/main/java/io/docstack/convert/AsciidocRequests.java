package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request lines of an AsciiDoc page's listing blocks ({@code [source,http]} followed by
 * {@code ----}, or a {@code ```http} fence), read from the page's own text: the block attributes
 * ({@code service=network}) are not in the HTML Asciidoctor writes. Blocks that come from included
 * files are not seen. Stateless.
 */
final class AsciidocRequests {

    /** {@code [source,http,service=network]} or {@code [,http]}: the style, the language, the rest. */
    private static final Pattern ATTRIBUTES = Pattern.compile("^\\[(?:source|listing)?\\s*,\\s*([\\w-]+)\\s*(,.*)?]\\s*$");
    private static final Pattern FENCE = Pattern.compile("^```\\s*([\\w-]+)(.*)$");

    private AsciidocRequests() {
    }

    /** The request-line references of {@code source}, in document order. */
    static List<ApiLinkAt> scan(String source) {
        List<ApiLinkAt> found = new ArrayList<>();
        String[] lines = source.split("\r?\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            Matcher attributes = ATTRIBUTES.matcher(lines[i]);
            Matcher fence = FENCE.matcher(lines[i]);
            if (attributes.matches() && isDelimiter(lines[i + 1]) && i + 2 < lines.length) {
                add(found, attributes.group(1), attributes.group(2), lines[i + 2], i + 3);
            } else if (fence.matches()) {
                add(found, fence.group(1), fence.group(2), lines[i + 1], i + 2);
            }
        }
        return found;
    }

    private static boolean isDelimiter(String line) {
        return line.matches("-{4,}\\s*|\\.{4,}\\s*");
    }

    private static void add(List<ApiLinkAt> found, String language, String info, String line, int lineNumber) {
        ApiMentions.request(language, info, line)
                .ifPresent(request -> found.add(new ApiLinkAt(request.target(), lineNumber, request.column() + 1)));
    }

    /** A reference found at a 1-based line and column. */
    record ApiLinkAt(String target, int line, int column) {
    }
}
