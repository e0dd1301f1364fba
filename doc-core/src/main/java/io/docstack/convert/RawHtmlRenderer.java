package io.docstack.convert;

import java.util.Set;
import java.util.function.Function;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Writes raw HTML blocks and inline tags whose link targets were swapped for placeholders: the
 * text comes from {@code rewrites} (null for a node left as written, which Flexmark's core
 * renderer then writes), and is written the way the core renderer writes raw HTML, so output
 * only differs in the swapped values. Options that escape or suppress raw HTML leave it to the
 * core renderer. Thread-safe when {@code rewrites} is.
 */
final class RawHtmlRenderer implements NodeRenderer {

    private final Function<Node, String> rewrites;

    private RawHtmlRenderer(Function<Node, String> rewrites) {
        this.rewrites = rewrites;
    }

    /** A factory for the renderer builder; {@code rewrites} gives the new text of a node, or null. */
    static NodeRendererFactory factory(Function<Node, String> rewrites) {
        return options -> new RawHtmlRenderer(rewrites);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, this::block),
                new NodeRenderingHandler<>(HtmlInline.class, this::inline));
    }

    private void block(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        HtmlRendererOptions options = context.getHtmlOptions();
        String text = rewrites.apply(node);
        if (text == null || node.hasChildren() || options.suppressHtmlBlocks || options.escapeHtmlBlocks
                || options.sourceWrapHtmlBlocks) {
            context.delegateRender();
            return;
        }
        html.line();
        html.rawPre(BasedSequence.of(text).normalizeEOL());
        html.lineIf(options.htmlBlockCloseTagEol);
    }

    private void inline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        HtmlRendererOptions options = context.getHtmlOptions();
        String text = rewrites.apply(node);
        if (text == null || options.suppressInlineHtml || options.escapeInlineHtml) {
            context.delegateRender();
            return;
        }
        html.rawPre(BasedSequence.of(text).normalizeEOL());
    }
}
