package io.docstack.convert;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/** The plain text of a Markdown heading, as it is shown and as heading ids are made from it. Stateless. */
final class MarkdownHeadingText {

    private MarkdownHeadingText() {
    }

    /**
     * Heading text as Python-Markdown's toc slugs it: the rendered heading with footnote
     * references removed and tags stripped, so footnote numbers and image alt texts are no part of it.
     */
    static String asPythonMarkdownSlugs(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode || child instanceof Footnote || child instanceof Image
                    || child instanceof ImageRef) {
                continue;
            }
            text.append(child.hasChildren() ? asPythonMarkdownSlugs(child)
                    : new TextCollectingVisitor().collectAndGetText(child));
        }
        return text.toString().strip();
    }

    /** The text of a heading as shown and as GitHub slugs it: inline markup reduced to its text, attribute lists left out. */
    static String of(com.vladsch.flexmark.ast.Heading heading) {
        StringBuilder text = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof AttributesNode)) {
                text.append(new TextCollectingVisitor().collectAndGetText(child));
            }
        }
        return text.toString().strip();
    }
}
