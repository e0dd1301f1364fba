package io.docstack.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import io.docstack.config.AnchorStyle;
import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Link;

/**
 * What one Markdown page's AST declares: headings with their ids, anchors, and links with their
 * positions, plus the ids, placeholders and rewritten raw HTML the renderer puts in the output,
 * and ids declared twice ({@link #duplicateAnchors}). Raw HTML counts: {@code a[href]} and
 * {@code img[src]} are links, {@code id} and {@code a[name]} anchors ({@link MarkdownRawHtml}).
 * Links and images whose URL is refused ({@link RefusedLinks}) are recorded, so that the link
 * stage reports them, and written as their text only. In: the parsed document, a {@link LineIndex} of
 * its text and the project's anchor style. Not thread-safe; one instance per page.
 */
final class MarkdownPage {

    private final LineIndex lines;
    private final AnchorStyle style;
    private final Slugger slugger;
    /** Fed the same headings as {@link #slugger} but no explicit ids, to see which id an explicit one took. */
    private final Slugger withoutReservations;
    private final Set<String> explicitIds = new HashSet<>();
    private final AnchorLedger ledger = new AnchorLedger();
    final List<Heading> headings = new ArrayList<>();
    final Set<String> anchors = new LinkedHashSet<>();
    final List<Link> links = new ArrayList<>();
    final Map<Node, String> headingIds = new IdentityHashMap<>();
    final Map<Node, Link> placeholders = new IdentityHashMap<>();
    private final MarkdownRawHtml rawHtml = new MarkdownRawHtml();
    private final List<Node> refusedLinks = new ArrayList<>();

    MarkdownPage(LineIndex lines, AnchorStyle style) {
        this.lines = lines;
        this.style = style;
        this.slugger = Slugger.forStyle(style);
        this.withoutReservations = Slugger.forStyle(style);
    }

    void collect(Document document) {
        List<Node> colons = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributeNode attribute && isKramdownColon(attribute)) {
                colons.add(attribute);
            } else if (node instanceof AttributesNode attributes && effectiveId(attributes) != null) {
                AttributeNode attribute = effectiveId(attributes);
                String id = attribute.getValue().toString();
                anchors.add(id);
                explicitIds.add(id);
                slugger.reserve(id);
                declare(id, attribute.getStartOffset(), null);
            } else if (MarkdownRawHtml.isRawHtml(node)) {
                rawHtml.scan(node, (id, offset) -> {
                    anchors.add(id);
                    declare(id, offset, null);
                });
            }
        }
        // Unlinked only now: unlinking during the walk would end it at the removed node.
        colons.forEach(Node::unlink);
        for (Node node : document.getDescendants()) {
            visit(node);
        }
        refusedLinks.forEach(RefusedLinks::unwrap);
    }

    /** One {@code anchor.duplicate} error per id declared again after its first element. */
    List<Diagnostic> duplicateAnchors(String file) {
        return ledger.duplicates(file);
    }

    /** The text that replaces a raw HTML node's in the output, or null to write it as it is. */
    String rawHtml(Node node) {
        return rawHtml.rewritten(node);
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
        } else if (node instanceof AutoLink autoLink && autoLink.getOpeningMarker().isEmpty()
                && RefusedLinks.refused(Entities.decode(autoLink.getUrl().toString()), false)) {
            // A bare "wss://…" in prose that the autolink extension took for a link: the author wrote text.
            refusedLinks.add(node);
        } else if (node instanceof AutoLink autoLink) {
            addLink(node, Link.Kind.LINK, autoLink.getUrl().toString(), false);
        } else if (node instanceof MailLink mail) {
            addLink(node, Link.Kind.LINK, "mailto:" + mail.getText(), false);
        } else if (node instanceof Code code && ApiMentions.isReference(code.getText().toString())) {
            // Inside a link the code is checked but not made a link too: links cannot nest.
            boolean inLink = code.getAncestorOfType(com.vladsch.flexmark.ast.Link.class, LinkRef.class) != null;
            addLink(code, Link.Kind.CODE, code.getText().toString().strip(), code.getText().getStartOffset(), !inLink);
        } else if (node instanceof FencedCodeBlock block) {
            addRequest(block);
        } else if (MarkdownRawHtml.isRawHtml(node)) {
            rawHtml.addLinks(node, (kind, target, offset) -> {
                Link link = new Link(links.size(), kind, target, lines.line(offset), lines.column(offset), true);
                links.add(link);
                return link;
            });
        }
    }

    private void addHeading(com.vladsch.flexmark.ast.Heading heading) {
        String explicitId = null;
        for (Node child : heading.getDescendants()) {
            if (child instanceof AttributeNode attribute && attribute.isId()) {
                explicitId = attribute.getValue().toString();
            }
        }
        String text = MarkdownHeadingText.of(heading);
        String id = explicitId;
        if (id == null) {
            String slugText = style == AnchorStyle.MKDOCS ? MarkdownHeadingText.asPythonMarkdownSlugs(heading) : text;
            id = slugger.slug(slugText);
            declareGenerated(id, text, slugText, heading.getStartOffset());
        }
        headingIds.put(heading, id);
        anchors.add(id);
        headings.add(new Heading(heading.getLevel(), text, id, lines.line(heading.getStartOffset())));
    }

    /** The requests a fenced block shows (its request line, its curl commands), checked against the service's spec. */
    private void addRequest(FencedCodeBlock block) {
        var info = ApiMentions.splitInfo(block.getInfo().toString());
        var content = block.getContentChars();
        if (content.isEmpty()) {
            return;
        }
        for (RequestLines.Request request : RequestLines.of(info.getKey(), info.getValue(), content.toString())) {
            int offset = content.getStartOffset() + request.offset();
            links.add(new Link(links.size(), Link.Kind.REQUEST, request.target(), lines.line(offset), lines.column(offset)));
        }
    }

    private void addLink(Node node, Link.Kind kind, String written, boolean placeholder) {
        addLink(node, kind, Entities.decode(written), node.getStartOffset(), placeholder);
    }

    private void addLink(Node node, Link.Kind kind, String target, int offset, boolean placeholder) {
        Link link = new Link(links.size(), kind, target, lines.line(offset), lines.column(offset));
        links.add(link);
        if (RefusedLinks.refused(target, kind == Link.Kind.IMAGE)) {
            refusedLinks.add(node); // written as its text only; the link stage reports it
        } else if (placeholder) {
            placeholders.put(node, link);
        }
    }

    /**
     * Declares a generated heading id, and the id the heading would have had if explicit ids were
     * not skipped (what GitHub shows, and what authors link to) when an explicit id took it.
     */
    private void declareGenerated(String id, String text, String slugText, int offset) {
        declare(id, offset, null);
        String unskipped = withoutReservations.slug(slugText);
        if (!unskipped.equals(id) && explicitIds.contains(unskipped)) {
            declare(unskipped, offset, "the heading '" + text + "' gets the id '" + id + "' instead");
        }
    }

    private void declare(String id, int offset, String note) {
        ledger.declare(id, lines.line(offset), lines.column(offset), note);
    }

    /** The id an attribute list gives its element: the last one, as Flexmark writes only that. */
    private static AttributeNode effectiveId(AttributesNode attributes) {
        AttributeNode id = null;
        for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeNode attribute && attribute.isId()) {
                id = attribute;
            }
        }
        return id;
    }

    /**
     * The ':' of the attribute list form {@code { : #id .class }} that Python-Markdown (MkDocs)
     * and kramdown document. Flexmark reads it as an attribute named ':' and would write
     * {@code :=""} on the element; it carries nothing, so it is dropped.
     */
    private static boolean isKramdownColon(AttributeNode attribute) {
        return ":".contentEquals(attribute.getName()) && attribute.getValue().isEmpty();
    }
}
