package io.docstack.convert;

import java.util.Set;
import java.util.function.Function;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;

import io.docstack.model.Link;

/**
 * Writes code that is an {@code api:} reference ({@code `api:compute:listServers`}) as a link to
 * the operation: {@code <a href="placeholder"><code>…</code></a>}. Other code is left to Flexmark's
 * core renderer. Thread-safe when {@code links} is.
 */
final class ApiCodeRenderer implements NodeRenderer {

    private final Function<Node, Link> links;

    private ApiCodeRenderer(Function<Node, Link> links) {
        this.links = links;
    }

    /** A factory for the renderer builder; {@code links} gives the reference a code node is, or null. */
    static NodeRendererFactory factory(Function<Node, Link> links) {
        return options -> new ApiCodeRenderer(links);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Code.class, this::code));
    }

    private void code(Code node, NodeRendererContext context, HtmlWriter html) {
        Link link = links.apply(node);
        if (link == null) {
            context.delegateRender();
            return;
        }
        html.attr("href", link.placeholder()).attr("class", "api-ref").withAttr().tag("a");
        context.delegateRender();
        html.tag("/a");
    }
}
