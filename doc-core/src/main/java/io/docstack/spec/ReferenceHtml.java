package io.docstack.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.docstack.convert.UntrustedMarkdown;
import io.docstack.model.Heading;

/**
 * The body of one reference page as it is written: HTML text plus the headings and ids it
 * declares, so that {@code Page.headings} and {@code Page.anchors} cannot drift from the markup.
 * Text from the spec goes through {@link #text} (escaped); only markup this package writes, and
 * the output of {@code UntrustedMarkdown}, goes through {@link #raw}. Not thread-safe: one per page.
 */
final class ReferenceHtml {

    private final StringBuilder html = new StringBuilder(16 * 1024);
    private final List<Heading> headings = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();

    ReferenceHtml raw(String markup) {
        html.append(markup);
        return this;
    }

    ReferenceHtml text(String text) {
        html.append(escape(text));
        return this;
    }

    /** Writes a CommonMark description from the spec in a {@code <div class="api-description">}; nothing when blank. */
    ReferenceHtml description(String markdown) {
        String rendered = UntrustedMarkdown.toHtml(markdown);
        if (!rendered.isEmpty()) {
            html.append("<div class=\"api-description\">\n").append(rendered).append("</div>\n");
        }
        return this;
    }

    /** Writes {@code <hN id="id" class="cssClass">text</hN>} and records the heading. */
    ReferenceHtml heading(int level, String id, String cssClass, String text) {
        subheading(level, id, cssClass, text);
        headings.add(new Heading(level, text, id, 0));
        return this;
    }

    /**
     * Writes a heading that is not recorded: the fixed subsections of every operation (Parameters,
     * Request body, Responses) keep their ids for links, but listing them in the table of contents
     * would triple it.
     */
    ReferenceHtml subheading(int level, String id, String cssClass, String text) {
        html.append("<h").append(level).append(' ').append(id(id));
        if (cssClass != null) {
            html.append(" class=\"").append(cssClass).append('"');
        }
        html.append('>').append(escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    /**
     * The attribute {@code id="…"} for a new id of the page. Ids come from operation anchors,
     * which the spec stage makes unique per page; a repeat is a bug there, not a user mistake.
     */
    private String id(String id) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("id '" + id + "' is declared twice on one reference page");
        }
        return "id=\"" + escape(id) + '"';
    }

    String html() {
        return html.toString();
    }

    List<Heading> headings() {
        return List.copyOf(headings);
    }

    Set<String> anchors() {
        return Set.copyOf(ids);
    }

    /** Escapes text for element content and double-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
