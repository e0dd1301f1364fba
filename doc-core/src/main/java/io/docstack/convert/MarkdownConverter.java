package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.misc.Extension;

import io.docstack.config.AnchorStyle;
import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Link;

/**
 * Markdown to {@link Conversion} with Flexmark: CommonMark plus tables, strikethrough, task lists,
 * autolinks, footnotes, admonitions ({@code !!! note}) and attributes ({@code {#id .class}}).
 *
 * <p>Heading ids are made by the {@link Slugger} of the project's {@link AnchorStyle} (GitHub or
 * MkDocs) unless the heading carries an explicit id: {@code {#id}}, {@code { #id .class }}, or the
 * Python-Markdown form {@code {: #id }}. Link and image targets in the HTML are replaced by
 * {@link Link#placeholder()}s. Bare URLs turned into links by the autolink extension are recorded as links but keep their
 * URL in the HTML (they are always external). Links and images written as raw HTML
 * ({@code <a href>}, {@code <img src>}) are recorded and get placeholders too. Raw HTML is
 * otherwise passed through as written for trusted pages, and sanitized for untrusted ones
 * ({@link UntrustedHtml}). Links whose URL is refused ({@link RefusedLinks}) are recorded and
 * written as plain text; in raw HTML they get placeholders like any link, and the link stage
 * writes {@code #} for them.
 *
 * <p>Diagnostics: front matter problems, nesting past the limit, and {@code anchor.duplicate}
 * for an id declared twice (explicit ids, raw HTML ids, and an explicit id that takes a
 * heading's generated id).
 *
 * <p>One {@code Parser} and one {@code HtmlRenderer} are shared: both are immutable, so this class
 * is thread-safe.
 */
final class MarkdownConverter {

    private static final String ICON_SPRITE = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"adm-hidden\">";
    /** Per-thread state of the page being rendered, read by the attribute provider. */
    private static final ThreadLocal<MarkdownPage> CURRENT = new ThreadLocal<>();

    private final Limits limits;
    /** Parser and renderer per set of extensions a page needs, built on first use. */
    private final Map<Integer, Flavor> flavors = new ConcurrentHashMap<>();

    private final boolean allExtensions;
    private final boolean html;

    MarkdownConverter(Limits limits) {
        this(limits, false);
    }

    /** With {@code allExtensions}, every page gets every extension (tests compare both ways). */
    MarkdownConverter(Limits limits, boolean allExtensions) {
        this(limits, allExtensions, true);
    }

    /** Without {@code html}, pages are parsed and their model collected, but no HTML is rendered. */
    MarkdownConverter(Limits limits, boolean allExtensions, boolean html) {
        this.limits = limits;
        this.allExtensions = allExtensions;
        this.html = html;
    }

    /** A parser and renderer pair for one set of extensions; both are immutable and thread-safe. */
    private record Flavor(Parser parser, HtmlRenderer renderer) {
        Flavor(MutableDataSet options) {
            this(Parser.builder(options).build(), HtmlRenderer.builder(options)
                    .nodeRendererFactory(RawHtmlRenderer.factory(MarkdownConverter::rewrittenRawHtml))
                    .nodeRendererFactory(ApiCodeRenderer.factory(MarkdownConverter::codeLink))
                    .linkResolverFactory(RefusedLinks.resolverFactory())
                    .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                        @Override
                        public AttributeProvider apply(LinkResolverContext context) {
                            return MarkdownConverter::setAttributes;
                        }
                    }).build());
        }
    }

    /** The options every Markdown renderer of Docstack shares; {@link UntrustedMarkdown} builds on them. */
    static MutableDataSet options(List<Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(TablesExtension.CLASS_NAME, "table");
        // The admonition maps default to values read from the extension's jar for every document;
        // they are computed once here. The icon sprite is left empty: the theme draws the icons.
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap());
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap());
        options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
        return options;
    }

    /** Converts a page of a project with GitHub-style heading ids. */
    Conversion convert(String text, String displayPath) {
        return convert(text, displayPath, AnchorStyle.GITHUB);
    }

    /** Converts a page whose headings without explicit id get ids in the project's {@code anchors} style. */
    Conversion convert(String text, String displayPath, AnchorStyle anchors) {
        return convert(text, displayPath, anchors, true);
    }

    /**
     * Converts a page; when it is not {@code trusted}, its HTML is sanitized ({@link UntrustedHtml})
     * and the removals reported, also when this converter renders no HTML.
     */
    Conversion convert(String text, String displayPath, AnchorStyle anchors, boolean trusted) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        FrontMatter front = FrontMatter.parse(text, displayPath, limits);
        if (front.problem() != null) {
            diagnostics.add(front.problem());
        }
        String body = front.body();
        Diagnostic tooDeep = NestingGuard.check(body, displayPath, limits.maxNesting());
        if (tooDeep != null) {
            diagnostics.add(tooDeep);
            return ConversionFailure.notice(front.string("title"), tooDeep.message(), diagnostics);
        }
        Flavor flavor = flavors.computeIfAbsent(allExtensions ? MarkdownSyntax.ALL : MarkdownSyntax.needed(body),
                mask -> new Flavor(options(MarkdownSyntax.extensions(mask))
                        .set(Parser.SPACE_IN_LINK_URLS, MarkdownSyntax.spacesInUrls(mask))));
        Document document = flavor.parser().parse(body);
        MarkdownPage state = new MarkdownPage(new LineIndex(body), anchors);
        state.collect(document);
        String html = this.html || !trusted ? render(flavor, document, state) : "";
        if (!trusted) {
            html = sanitized(html, body, displayPath, diagnostics);
            html = this.html ? html : "";
        }
        diagnostics.addAll(state.duplicateAnchors(displayPath));
        return new Conversion(front.string("title"), front.string("description"), front.integer("order"), html,
                state.headings, state.anchors, state.links, diagnostics);
    }

    /** The HTML of an untrusted page with what the safelist does not allow removed, and reported. */
    private static String sanitized(String html, String body, String displayPath, List<Diagnostic> diagnostics) {
        org.jsoup.nodes.Document parsed = AsciidocLinks.parse(html);
        diagnostics.addAll(UntrustedHtml.clean(parsed.body(), new SourcePositions(body), displayPath, element -> 0));
        return parsed.body().html();
    }

    private static String render(Flavor flavor, Document document, MarkdownPage state) {
        CURRENT.set(state);
        try {
            return withoutIconSprite(flavor.renderer().render(document));
        } finally {
            CURRENT.remove();
        }
    }

    /** Drops the (empty) admonition icon sprite Flexmark writes first: the theme draws the icons. */
    private static String withoutIconSprite(String html) {
        if (!html.startsWith(ICON_SPRITE)) {
            return html;
        }
        int end = html.indexOf("</svg>");
        return end < 0 ? html : html.substring(end + "</svg>".length()).stripLeading();
    }

    private static String rewrittenRawHtml(Node node) {
        MarkdownPage state = CURRENT.get();
        return state == null ? null : state.rawHtml(node);
    }

    private static Link codeLink(Node node) {
        MarkdownPage state = CURRENT.get();
        return state == null ? null : state.placeholders.get(node);
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        MarkdownPage state = CURRENT.get();
        if (state == null) {
            return;
        }
        if (node instanceof com.vladsch.flexmark.ast.Heading && part == AttributablePart.NODE) {
            String id = state.headingIds.get(node);
            if (id != null) {
                attributes.replaceValue("id", id);
            }
        } else if (part == AttributablePart.LINK || part == AttributablePart.NODE) {
            Link link = state.placeholders.get(node);
            if (link != null && link.kind() != Link.Kind.CODE) {
                attributes.replaceValue(link.kind() == Link.Kind.IMAGE ? "src" : "href", link.placeholder());
            }
        }
    }
}
