package io.docstack.render;

import java.util.function.Function;

import java.util.List;

import io.docstack.link.ResolvedLink;
import io.docstack.model.Link;

/**
 * Swaps the link placeholders of a page body ({@code href="docstack-link:3"}) for the URLs the link
 * stage resolved. A link written without text ({@code [](api:compute:showServer)},
 * {@code api:compute:showServer[]}) gets the title of what it reaches: the heading of its anchor,
 * else the page's title, as Sphinx does for a reference without a title.
 */
final class Placeholders {

    /**
     * The class of a link that leads nowhere (a broken link, a same-page anchor that is not there):
     * Antora's name for it. The link keeps its text and has no {@code href}.
     */
    static final String UNRESOLVED = "unresolved";
    private Placeholders() {
    }

    static String replace(String html, List<ResolvedLink> links) {
        return replace(html, links, link -> null);
    }

    /** As {@link #replace(String, List)}; {@code titles} gives the text of an empty link, or null. */
    static String replace(String html, List<ResolvedLink> links, Function<ResolvedLink, String> titles) {
        String prefix = Link.PLACEHOLDER_PREFIX;
        int at = html.indexOf(prefix);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        int from = 0;
        while (at >= 0) {
            int end = at + prefix.length();
            int index = 0;
            int digits = 0;
            while (end < html.length() && Character.isDigit(html.charAt(end)) && digits < 9) {
                index = index * 10 + (html.charAt(end) - '0');
                end++;
                digits++;
            }
            out.append(html, from, at);
            // Only a whole quoted attribute value is a placeholder: the same text in the page's
            // prose or code (where converters escape '"') is the author's.
            boolean quoted = at > 0 && html.charAt(at - 1) == '"' && end < html.length() && html.charAt(end) == '"';
            int tag = html.lastIndexOf('<', at);
            boolean anchorTag = tag >= from && html.startsWith("<a ", tag) && html.startsWith("href=\"", at - 6);
            int close = html.indexOf('>', end);
            if (digits > 0 && index < links.size() && quoted && anchorTag && close > 0 && links.get(index).unresolved()) {
                // A link that leads nowhere keeps its text and loses its href: never "xref:…" or a dead "#id".
                out.setLength(out.length() - (at - tag));
                out.append(unresolved(html.substring(tag, at - 6), html.substring(end + 1, close + 1)));
                end = close + 1;
                if (html.startsWith("</a>", end)) {
                    // No text to show: the target as written, as Antora shows an xref it cannot resolve.
                    out.append(escapeAttribute(links.get(index).link().target().replaceFirst("^xref:", "")));
                }
            } else if (digits > 0 && index < links.size() && quoted) {
                out.append(escapeAttribute(links.get(index).href()));
                String title = close > 0 && html.startsWith("</a>", close + 1) ? titles.apply(links.get(index)) : null;
                if (title != null) {
                    out.append(html, end, close + 1).append(escapeAttribute(title));
                    end = close + 1;
                }
            } else {
                out.append(html, at, end);
            }
            from = end;
            at = html.indexOf(prefix, from);
        }
        return out.append(html, from, html.length()).toString();
    }

    /**
     * The start tag of an unresolved link: {@code before} (from {@code <a } to the href) and
     * {@code after} (past the href's closing quote, to {@code >}) without the href, with
     * {@link #UNRESOLVED} added to its class, or a class of it.
     */
    private static String unresolved(String before, String after) {
        String tag = (before + after.stripLeading()).replaceFirst("\\s+>$", ">");
        int classAt = tag.indexOf(" class=\"");
        return classAt >= 0 ? tag.substring(0, classAt + 8) + UNRESOLVED + " " + tag.substring(classAt + 8)
                : tag.substring(0, 2) + " class=\"" + UNRESOLVED + "\"" + tag.substring(2);
    }

    static String escapeAttribute(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
