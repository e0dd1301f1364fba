package io.docstack.convert;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import io.docstack.model.Link;

/**
 * The raw HTML nodes of one Markdown page that declare ids or links ({@link RawHtml}): first
 * {@link #scan}ned for their ids, then, in document order with the page's other links,
 * {@link #addLinks given their links}, which also makes their text with placeholders. Offsets
 * passed out are offsets in the page text, also for blocks inside block quotes or lists. Not
 * thread-safe; one instance per page.
 */
final class MarkdownRawHtml {

    /** Makes the page's next link from a kind, a target and the offset of the target in the page. */
    interface LinkMaker {
        Link add(Link.Kind kind, String target, int offset);
    }

    /** What raw HTML nodes declare, for the nodes that declare something. */
    private final Map<Node, List<RawHtml.Found>> found = new IdentityHashMap<>();
    /** Raw HTML nodes whose link targets were swapped for placeholders, with their new text. */
    private final Map<Node, String> rewritten = new IdentityHashMap<>();

    /** Raw HTML that Flexmark writes as it is: HTML blocks and inline tags, not comments. */
    static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlock block && !block.hasChildren() || node instanceof HtmlInline;
    }

    /**
     * Parses {@code node} when it may declare something, and passes each id with its offset to
     * {@code ids}; an element's {@code id} and {@code name} with the same value are passed once.
     */
    void scan(Node node, ObjIntConsumer<String> ids) {
        BasedSequence chars = text(node);
        if (!RawHtml.mayDeclare(chars)) {
            return;
        }
        List<RawHtml.Found> declared = RawHtml.scan(chars.toString());
        found.put(node, declared);
        Set<String> seen = new HashSet<>();
        for (RawHtml.Found f : declared) {
            if (f.kind() == RawHtml.Kind.ID && seen.add(f.element() + ":" + f.value())) {
                ids.accept(f.value(), chars.getIndexOffset(f.start()));
            }
        }
    }

    /**
     * Makes a link for each link or image of a scanned node, at the offset of its value, and keeps
     * the node's text with each value (quotes included) replaced by the quoted placeholder.
     */
    void addLinks(Node node, LinkMaker links) {
        List<RawHtml.Found> declared = found.get(node);
        if (declared == null) {
            return;
        }
        BasedSequence chars = text(node);
        String text = chars.toString();
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (RawHtml.Found f : declared) {
            if (f.kind() != RawHtml.Kind.ID) {
                Link.Kind kind = f.kind() == RawHtml.Kind.IMAGE ? Link.Kind.IMAGE : Link.Kind.LINK;
                Link link = links.add(kind, f.value(), chars.getIndexOffset(f.start()));
                out.append(text, copied, f.from()).append('"').append(link.placeholder()).append('"');
                copied = f.end();
            }
        }
        if (copied > 0) {
            rewritten.put(node, out.append(text, copied, text.length()).toString());
        }
    }

    /** The text that replaces a node's in the output, or null to write it as it is. */
    String rewritten(Node node) {
        return rewritten.get(node);
    }

    /** The raw HTML text Flexmark writes for a node (a block inside a quote without its '>' markers). */
    private static BasedSequence text(Node node) {
        return node instanceof HtmlBlock block ? block.getContentChars() : node.getChars();
    }
}
