package io.docstack.convert;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import io.docstack.model.UrlPolicy;

/**
 * Markdown links and images whose URL {@link UrlPolicy} refuses ({@code javascript:},
 * {@code data:} outside images …): they are written as their text only ({@link #unwrap}), and a
 * renderer that meets one anyway writes {@code #} ({@link #resolverFactory}). URLs are judged
 * entity-decoded, as the browser reads them: Flexmark decodes {@code [x](&#106;avascript:…)} when
 * it writes it. Stateless.
 */
final class RefusedLinks {

    private RefusedLinks() {
    }

    /** Whether a link or image target (entity-decoded) is refused. */
    static boolean refused(String target, boolean image) {
        return UrlPolicy.refusedTarget(target, image);
    }

    /** The entity-decoded URL of a link, image, autolink or defined reference node; null for other nodes. */
    static String url(Node node) {
        String written = null;
        if (node instanceof Link link) {
            written = link.getUrl().toString();
        } else if (node instanceof Image image) {
            written = image.getUrl().toString();
        } else if (node instanceof AutoLink autoLink) {
            written = autoLink.getUrl().toString();
        } else if (node instanceof LinkRef ref && ref.isDefined()) {
            Reference reference = ref.getReferenceNode(ref.getDocument());
            written = reference == null ? null : reference.getUrl().toString();
        } else if (node instanceof ImageRef ref && ref.isDefined()) {
            Reference reference = ref.getReferenceNode(ref.getDocument());
            written = reference == null ? null : reference.getUrl().toString();
        }
        return written == null ? null : Entities.decode(written);
    }

    /** Writes every refused link and image of {@code document} as its text. */
    static void unwrapAll(Document document) {
        java.util.List<Node> refused = new java.util.ArrayList<>();
        for (Node node : document.getDescendants()) {
            String url = url(node);
            if (url != null && refused(url, node instanceof Image || node instanceof ImageRef)) {
                refused.add(node);
            }
        }
        // Unwrapped only now: unwrapping during the walk would end it at the removed node.
        refused.forEach(RefusedLinks::unwrap);
    }

    /** Replaces a link by its text: its children, or an autolink's URL as text. */
    static void unwrap(Node link) {
        if (link.getFirstChild() == null && link instanceof AutoLink autoLink) {
            link.insertBefore(new com.vladsch.flexmark.ast.Text(autoLink.getText()));
        }
        while (link.getFirstChild() != null) {
            link.insertBefore(link.getFirstChild());
        }
        link.unlink();
    }

    /** A Flexmark link resolver that turns a refused URL into {@code #}: the last line behind {@link #unwrap}. */
    static LinkResolverFactory resolverFactory() {
        return new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return (node, basicContext, link) -> refused(link.getUrl(), link.getLinkType() == LinkType.IMAGE
                        || link.getLinkType() == LinkType.IMAGE_REF) ? link.withUrl("#").withStatus(LinkStatus.INVALID) : link;
            }
        };
    }
}
