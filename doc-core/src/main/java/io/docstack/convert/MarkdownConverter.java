package io.docstack.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.misc.Extension;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Link;
import io.docstack.model.Rules;

/**
 * Markdown to {@link Conversion} with Flexmark: CommonMark plus tables, strikethrough, task lists,
 * autolinks, footnotes, admonitions ({@code !!! note}) and attributes ({@code {#id .class}}).
 *
 * <p>Heading ids are GitHub-style slugs ({@link Slugger}) unless the heading carries an explicit
 * {@code {#id}}. Link and image targets in the HTML are replaced by {@link Link#placeholder()}s.
 * Bare URLs turned into links by the autolink extension are recorded as links but keep their
 * URL in the HTML (they are always external). Links in raw HTML are not recorded yet.
 *
 * <p>One {@code Parser} and one {@code HtmlRenderer} are shared: both are immutable, so this class
 * is thread-safe.
 */
final class MarkdownConverter {

    private static final Pattern HTML_ID = Pattern.compile("\\s(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final String ICON_SPRITE = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"adm-hidden\">";
    /** Per-thread state of the page being rendered, read by the attribute provider. */
    private static final ThreadLocal<PageState> CURRENT = new ThreadLocal<>();

    private final Limits limits;
    /** Parser and renderer per set of extensions a page needs, built on first use. */
    private final Map<Integer, Flavor> flavors = new ConcurrentHashMap<>();

    private final boolean allExtensions;

    MarkdownConverter(Limits limits) {
        this(limits, false);
    }

    /** With {@code allExtensions}, every page gets every extension (tests compare both ways). */
    MarkdownConverter(Limits limits, boolean allExtensions) {
        this.limits = limits;
        this.allExtensions = allExtensions;
    }

    /**
     * The extensions Docstack enables, each with text that any page using its syntax must contain.
     * Every Flexmark extension costs time on every line of every page (the admonition parser even
     * compiles a regular expression per line), so a page is parsed with only the extensions whose
     * trigger it contains: the output is the same, and conversion of typical pages is several
     * times faster.
     */
    private enum Syntax {
        TABLES(TablesExtension::create, "|"),
        STRIKETHROUGH(StrikethroughExtension::create, "~~"),
        TASK_LISTS(TaskListExtension::create, "[ ]", "[x]", "[X]"),
        AUTOLINKS(AutolinkExtension::create, "://", "www.", "WWW.", "@"),
        FOOTNOTES(FootnoteExtension::create, "[^"),
        ADMONITIONS(AdmonitionExtension::create, "!!!", "???"),
        ATTRIBUTES(AttributesExtension::create, "{");

        static final int ALL = (1 << values().length) - 1;

        private final java.util.function.Supplier<Extension> extension;
        private final String[] triggers;

        Syntax(java.util.function.Supplier<Extension> extension, String... triggers) {
            this.extension = extension;
            this.triggers = triggers;
        }

        static int needed(String text) {
            int mask = 0;
            for (Syntax syntax : values()) {
                for (String trigger : syntax.triggers) {
                    if (text.contains(trigger)) {
                        mask |= 1 << syntax.ordinal();
                        break;
                    }
                }
            }
            return mask;
        }

        static List<Extension> extensions(int mask) {
            List<Extension> extensions = new ArrayList<>();
            for (Syntax syntax : values()) {
                if ((mask & 1 << syntax.ordinal()) != 0) {
                    extensions.add(syntax.extension.get());
                }
            }
            return extensions;
        }
    }

    /** A parser and renderer pair for one set of extensions; both are immutable and thread-safe. */
    private record Flavor(Parser parser, HtmlRenderer renderer) {
        Flavor(MutableDataSet options) {
            this(Parser.builder(options).build(), HtmlRenderer.builder(options)
                    .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                        @Override
                        public AttributeProvider apply(LinkResolverContext context) {
                            return MarkdownConverter::setAttributes;
                        }
                    }).build());
        }
    }

    private static MutableDataSet options(List<Extension> extensions) {
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

    Conversion convert(String text, String displayPath) {
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
        Flavor flavor = flavors.computeIfAbsent(allExtensions ? Syntax.ALL : Syntax.needed(body), mask -> new Flavor(options(Syntax.extensions(mask))));
        Document document = flavor.parser().parse(body);
        PageState state = new PageState(new LineIndex(body));
        state.collect(document);
        CURRENT.set(state);
        String html;
        try {
            html = withoutIconSprite(flavor.renderer().render(document));
        } finally {
            CURRENT.remove();
        }
        return new Conversion(front.string("title"), front.string("description"), front.integer("order"), html,
                state.headings, state.anchors, state.links, diagnostics);
    }

    /** Drops the (empty) admonition icon sprite Flexmark writes first: the theme draws the icons. */
    private static String withoutIconSprite(String html) {
        if (!html.startsWith(ICON_SPRITE)) {
            return html;
        }
        int end = html.indexOf("</svg>");
        return end < 0 ? html : html.substring(end + "</svg>".length()).stripLeading();
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        PageState state = CURRENT.get();
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
            if (link != null) {
                attributes.replaceValue(link.kind() == Link.Kind.IMAGE ? "src" : "href", link.placeholder());
            }
        }
    }

    /** What one page's AST declares: headings, anchors, links. Not thread-safe; one per page. */
    private static final class PageState {
        final LineIndex lines;
        final Slugger slugger = new Slugger();
        final List<Heading> headings = new ArrayList<>();
        final Set<String> anchors = new LinkedHashSet<>();
        final List<Link> links = new ArrayList<>();
        final Map<Node, String> headingIds = new IdentityHashMap<>();
        final Map<Node, Link> placeholders = new IdentityHashMap<>();

        PageState(LineIndex lines) {
            this.lines = lines;
        }

        void collect(Document document) {
            Set<String> explicit = new HashSet<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof AttributeNode attribute && attribute.isId()) {
                    String id = attribute.getValue().toString();
                    explicit.add(id);
                    anchors.add(id);
                    slugger.reserve(id);
                } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                    Matcher ids = HTML_ID.matcher(node.getChars());
                    while (ids.find()) {
                        anchors.add(ids.group(1));
                    }
                }
            }
            for (Node node : document.getDescendants()) {
                visit(node);
            }
        }

        private void visit(Node node) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                addHeading(heading);
            } else if (node instanceof com.vladsch.flexmark.ast.Link link) {
                addLink(node, Link.Kind.LINK, link.getUrl().toString(), true);
            } else if (node instanceof Image image) {
                addLink(node, Link.Kind.IMAGE, image.getUrl().toString(), true);
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(ref.getDocument());
                if (reference != null) {
                    addLink(node, Link.Kind.LINK, reference.getUrl().toString(), true);
                }
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(ref.getDocument());
                if (reference != null) {
                    addLink(node, Link.Kind.IMAGE, reference.getUrl().toString(), true);
                }
            } else if (node instanceof AutoLink autoLink) {
                addLink(node, Link.Kind.LINK, autoLink.getUrl().toString(), false);
            } else if (node instanceof MailLink mail) {
                addLink(node, Link.Kind.LINK, "mailto:" + mail.getText(), false);
            }
        }

        private void addHeading(com.vladsch.flexmark.ast.Heading heading) {
            String explicitId = null;
            for (Node child : heading.getDescendants()) {
                if (child instanceof AttributeNode attribute && attribute.isId()) {
                    explicitId = attribute.getValue().toString();
                }
            }
            String text = headingText(heading);
            String id = explicitId != null ? explicitId : slugger.slug(text);
            headingIds.put(heading, id);
            anchors.add(id);
            headings.add(new Heading(heading.getLevel(), text, id, lines.line(heading.getStartOffset())));
        }

        private void addLink(Node node, Link.Kind kind, String target, boolean placeholder) {
            int offset = node.getStartOffset();
            Link link = new Link(links.size(), kind, Entities.decode(target), lines.line(offset), lines.column(offset));
            links.add(link);
            if (placeholder) {
                placeholders.put(node, link);
            }
        }

        private static String headingText(com.vladsch.flexmark.ast.Heading heading) {
            StringBuilder text = new StringBuilder();
            for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof AttributesNode)) {
                    text.append(new TextCollectingVisitor().collectAndGetText(child));
                }
            }
            return text.toString().strip();
        }
    }
}
