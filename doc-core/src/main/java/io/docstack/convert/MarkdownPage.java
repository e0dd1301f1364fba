package io.docstack.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import io.docstack.config.AnchorStyle;
import io.docstack.model.Heading;
import io.docstack.model.Link;

/**
 * What one Markdown page's AST declares: headings with their ids, anchors, and links with their
 * positions, plus the ids and placeholders the renderer puts on nodes. In: the parsed document and
 * a {@link LineIndex} of its text. Not thread-safe; one instance per page.
 */
final class MarkdownPage {

    private static final Pattern HTML_ID = Pattern.compile("\\s(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']");

    final LineIndex lines;
    final Slugger slugger;
    final List<Heading> headings = new ArrayList<>();
    final Set<String> anchors = new LinkedHashSet<>();
    final List<Link> links = new ArrayList<>();
    final Map<Node, String> headingIds = new IdentityHashMap<>();
    final Map<Node, Link> placeholders = new IdentityHashMap<>();

    MarkdownPage(LineIndex lines, AnchorStyle style) {
        this.lines = lines;
        this.slugger = Slugger.forStyle(style);
    }

    void collect(Document document) {
        Set<String> explicit = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributeNode attribute && isKramdownColon(attribute)) {
                attribute.unlink();
            } else if (node instanceof AttributeNode attribute && attribute.isId()) {
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

    /**
     * The ':' of the attribute list form {@code { : #id .class }} that Python-Markdown (MkDocs)
     * and kramdown document. Flexmark reads it as an attribute named ':' and would write
     * {@code :=""} on the element; it carries nothing, so it is dropped.
     */
    private static boolean isKramdownColon(AttributeNode attribute) {
        return ":".contentEquals(attribute.getName()) && attribute.getValue().isEmpty();
    }
}
