package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests in an AsciiDoc page's listings ({@link RequestLines}), read from the page's own text:
 * the block attributes ({@code service=network}) are not in the HTML Asciidoctor writes. A listing
 * is a {@code ----} or {@code ....} block with or without {@code [source,lang]} above it (title
 * lines and further attribute lines may come between), a {@code ```lang} fence, or a paragraph
 * styled {@code [source,lang]}. Blocks are followed to their closing delimiter, so a delimiter
 * inside a listing opens nothing, and comment and passthrough blocks are skipped. Blocks that come
 * from included files are not seen. Stateless.
 */
final class AsciidocRequests {

    /** A block attribute line: {@code [source,http,service=network]}, {@code [,console]}, {@code [source]}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("^\\[([^\\[\\]]*)]\\s*$");
    private static final Pattern TITLE = Pattern.compile("^\\.[^\\s.].*$");
    private static final Pattern LISTING = Pattern.compile("^(?:-{4,}|\\.{4,})\\s*$");
    private static final Pattern SKIPPED = Pattern.compile("^(?:/{4,}|\\+{4,})\\s*$");
    private static final Pattern FENCE = Pattern.compile("^```\\s*([\\w+-]*)(.*)$");

    private AsciidocRequests() {
    }

    /** The style, language and the rest of the attribute line above a block, or null. */
    private record Style(String style, String language, String info) {
        boolean source() {
            return style.isEmpty() || style.equals("source") || style.equals("listing");
        }
    }

    /** The request-line references of {@code source}, in document order. */
    static List<ApiLinkAt> scan(String source) {
        List<ApiLinkAt> found = new ArrayList<>();
        String[] lines = source.split("\r?\n", -1);
        Style pending = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher attributes = ATTRIBUTES.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (attributes.matches() && !line.startsWith("[[")) {
                pending = style(attributes.group(1), pending);
                continue;
            }
            if (TITLE.matcher(line).matches() || line.startsWith("[[")) {
                continue; // a block title or an anchor: the attributes still apply to the block below
            }
            int close;
            if (LISTING.matcher(line).matches() || SKIPPED.matcher(line).matches()) {
                close = closing(lines, i, line.strip());
                if (LISTING.matcher(line).matches() && (pending == null || pending.source())) {
                    add(found, pending == null ? null : pending.language(), pending == null ? "" : pending.info(), lines, i + 1, close);
                }
            } else if (fence.matches()) {
                close = closing(lines, i, "```");
                add(found, fence.group(1), fence.group(2), lines, i + 1, close);
            } else if (pending != null && pending.source() && !line.isBlank() && !pending.style().isEmpty()) {
                close = i; // a paragraph styled [source,lang]: it ends at the first blank line
                while (close < lines.length && !lines[close].isBlank()) {
                    close++;
                }
                add(found, pending.language(), pending.info(), lines, i, close);
                close--;
            } else {
                pending = null;
                continue;
            }
            pending = null;
            i = close;
        }
        return found;
    }

    /** The attribute line read: the first positional attribute is the style, the second the language of a source block. */
    private static Style style(String attributes, Style before) {
        String[] parts = attributes.split(",", 3);
        String style = parts[0].strip().replaceAll("[%.#].*$", "");
        if (style.contains("=")) {
            return before; // [subs="+attributes"], [role=x]: named attributes only, the style is unchanged
        }
        String language = parts.length > 1 && !parts[1].contains("=") ? parts[1].strip() : null;
        String info = parts.length > 1 ? attributes.substring(parts[0].length()) : "";
        return new Style(style, language == null || language.isEmpty() ? null : language, info);
    }

    /** The index of the line closing the block opened at {@code open}, or the end of the page. */
    private static int closing(String[] lines, int open, String delimiter) {
        for (int j = open + 1; j < lines.length; j++) {
            if (lines[j].strip().equals(delimiter)) {
                return j;
            }
        }
        return lines.length;
    }

    private static void add(List<ApiLinkAt> found, String language, String info, String[] lines, int from, int to) {
        if (from >= to) {
            return;
        }
        String content = String.join("\n", java.util.Arrays.asList(lines).subList(from, Math.min(to, lines.length)));
        for (RequestLines.Request request : RequestLines.of(language, info, content)) {
            int before = content.lastIndexOf('\n', request.offset() - 1);
            int line = from + 1 + (int) content.substring(0, request.offset()).chars().filter(c -> c == '\n').count();
            found.add(new ApiLinkAt(request.target(), line, request.offset() - before));
        }
    }

    /** A reference found at a 1-based line and column. */
    record ApiLinkAt(String target, int line, int column) {
    }
}
