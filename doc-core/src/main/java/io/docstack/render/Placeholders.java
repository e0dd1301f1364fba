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
            if (digits > 0 && index < links.size() && quoted) {
                out.append(escapeAttribute(links.get(index).href()));
                int close = html.indexOf('>', end);
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
