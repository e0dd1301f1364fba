package io.docstack.convert;

import java.util.HashMap;
import java.util.Map;

import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * The AsciiDoc form of an API reference, {@code api:compute:listServers[list servers]}: written
 * as a link whose URL is the reference itself, which {@link AsciidocLinks} then records and swaps
 * for a placeholder like any other link. Without text, the link gets the operation's
 * summary when the page is rendered. Public only
 * because AsciidoctorJ creates and calls it by reflection.
 */
@Name("api")
public final class ApiInlineMacro extends InlineMacroProcessor {

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String reference = "api:" + AsciidocLinks.unprotectApiTarget(target);
        Object text = attributes.getOrDefault("text", attributes.get("1"));
        // Without text the link stays empty: the render stage writes the operation's summary in it.
        String shown = text == null || text.toString().isBlank() ? "" : text.toString();
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", reference);
        Map<String, Object> linkAttributes = new HashMap<>();
        linkAttributes.put("role", "api-ref");
        return createPhraseNode(parent, "anchor", shown, linkAttributes, options);
    }
}
