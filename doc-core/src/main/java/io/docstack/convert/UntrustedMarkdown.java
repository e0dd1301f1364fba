package io.docstack.convert;

import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * CommonMark from a source that is not trusted (OpenAPI descriptions) to an HTML fragment.
 *
 * <p>It uses the page converter's options, with three differences that keep the fragment inert
 * and embeddable anywhere in a page: raw HTML is escaped (shown as text), links and images whose
 * URL is refused ({@link RefusedLinks}) are written as their text only, and only the extensions
 * that cannot add ids or attributes are on (tables, strikethrough, autolinks: no heading ids, no
 * {@code {#id}} attributes, no footnotes), so the fragment declares no anchors. Links are left as
 * written and not validated.
 *
 * <p>Stateless; the shared parser and renderer are immutable, so this class is thread-safe.
 */
public final class UntrustedMarkdown {

    private static final MutableDataSet OPTIONS = options();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .linkResolverFactory(RefusedLinks.resolverFactory()).build();

    private UntrustedMarkdown() {
    }

    private static MutableDataSet options() {
        MutableDataSet options = MarkdownConverter.options(List.of(TablesExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        return options;
    }

    /** The HTML of {@code markdown} as blocks ({@code <p>…</p>} and so on); "" for null or blank text. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        com.vladsch.flexmark.util.ast.Document document = PARSER.parse(markdown);
        RefusedLinks.unwrapAll(document);
        return RENDERER.render(document);
    }

    /**
     * The HTML of {@code markdown} for a table cell or a line: a single paragraph loses its
     * {@code <p>} wrapper, anything longer stays as blocks. "" for null or blank text.
     */
    public static String toInlineHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
