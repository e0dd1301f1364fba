package io.docstack.convert;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import io.docstack.config.AnchorStyle;
import io.docstack.model.Heading;
import io.docstack.model.Link;

/**
 * What one Markdown page's AST declares: headings with their ids, anchors, and links with their
 * positions, plus the ids, placeholders and rewritten raw HTML the renderer puts in the output.
 * Raw HTML counts: {@code a[href]} and {@code img[src]} are links ({@link RawHtml}), {@code id}
 * and {@code a[name]} anchors. Script URLs ({@link ScriptUrls}) are not links. In: the parsed
 * document and a {@link LineIndex} of its text. Not thread-safe; one instance per page.
 */
final class MarkdownPage {

    final LineIndex lines;
    final Slugger slugger;
    final List<Heading> headings = new ArrayList<>();
    final Set<String> anchors = new LinkedHashSet<>();
    final List<Link> links = new ArrayList<>();
    final Map<Node, String> headingIds = new IdentityHashMap<>();
    final Map<Node, Link> placeholders = new IdentityHashMap<>();
    /** What raw HTML nodes declare, for the nodes that declare something. */
    private final Map<Node, List<RawHtml.Found>> rawFound = new IdentityHashMap<>();
    /** Raw HTML nodes whose link targets were swapped for placeholders, with their new text. */
    private final Map<Node, String> rawHtml = new IdentityHashMap<>();

    MarkdownPage(LineIndex lines, AnchorStyle style) {
        this.lines = lines;
        this.slugger = Slugger.forStyle(style);
    }

    void collect(Document document) {
        List<Node> colons = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributeNode attribute && isKramdownColon(attribute)) {
                colons.add(attribute);
            } else if (node instanceof AttributeNode attribute && attribute.isId()) {
                String id = attribute.getValue().toString();
                anchors.add(id);
                slugger.reserve(id);
            } else if (isRawHtml(node) && RawHtml.mayDeclare(rawText(node))) {
                List<RawHtml.Found> found = RawHtml.scan(rawText(node).toString());
                rawFound.put(node, found);
                found.stream().filter(f -> f.kind() == RawHtml.Kind.ID).forEach(f -> anchors.add(f.value()));
            }
        }
        // Unlinked only now: unlinking during the walk would end it at the removed node.
        colons.forEach(Node::unlink);
        for (Node node : document.getDescendants()) {
            visit(node);
        }
    }

    /** The text that replaces a raw HTML node's in the output, or null to write it as it is. */
    String rawHtml(Node node) {
        return rawHtml.get(node);
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
        } else if (rawFound.containsKey(node)) {
            addRawHtmlLinks(node, rawFound.get(node));
        }
    }

    /**
     * Records the links of a raw HTML node at the line and column of each value and keeps the
     * node's text with each value (quotes included) replaced by {@code "placeholder"}.
     */
    private void addRawHtmlLinks(Node node, List<RawHtml.Found> found) {
        BasedSequence chars = rawText(node);
        String text = chars.toString();
        StringBuilder rewritten = new StringBuilder(text.length());
        int copied = 0;
        for (RawHtml.Found f : found) {
            if (f.kind() == RawHtml.Kind.ID) {
                continue;
            }
            int offset = chars.getIndexOffset(f.start());
            Link link = new Link(links.size(), f.kind() == RawHtml.Kind.IMAGE ? Link.Kind.IMAGE : Link.Kind.LINK,
                    f.value(), lines.line(offset), lines.column(offset));
            links.add(link);
            rewritten.append(text, copied, f.from()).append('"').append(link.placeholder()).append('"');
            copied = f.end();
        }
        if (copied > 0) {
            rawHtml.put(node, rewritten.append(text, copied, text.length()).toString());
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

    private void addLink(Node node, Link.Kind kind, String written, boolean placeholder) {
        String target = Entities.decode(written);
        if (ScriptUrls.isScript(target)) {
            return; // Flexmark writes such a link as its text only (SUPPRESSED_LINKS): nothing to check
        }
        int offset = node.getStartOffset();
        Link link = new Link(links.size(), kind, target, lines.line(offset), lines.column(offset));
        links.add(link);
        if (placeholder) {
            placeholders.put(node, link);
        }
    }

    /** Raw HTML Flexmark writes as it is: HTML blocks and inline tags, not comments. */
    private static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlock block && !block.hasChildren() || node instanceof HtmlInline;
    }

    /** The raw HTML text Flexmark writes for a node (a block inside a quote without its '>' markers). */
    private static BasedSequence rawText(Node node) {
        return node instanceof HtmlBlock block ? block.getContentChars() : node.getChars();
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

    /**
     * The ':' of the attribute list form {@code { : #id .class }} that Python-Markdown (MkDocs)
     * and kramdown document. Flexmark reads it as an attribute named ':' and would write
     * {@code :=""} on the element; it carries nothing, so it is dropped.
     */
    private static boolean isKramdownColon(AttributeNode attribute) {
        return ":".contentEquals(attribute.getName()) && attribute.getValue().isEmpty();
    }
}
