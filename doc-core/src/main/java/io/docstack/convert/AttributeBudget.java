package io.docstack.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.asciidoctor.Asciidoctor;

import io.docstack.config.Limits;

/**
 * Bounds the text AsciiDoc attribute references add to one page ({@link Limits#maxAttributeBytes()}).
 *
 * <p>Why in Asciidoctor and not a scan of the page beforehand: attributes come from the page, its
 * includes, the header (author, title) and the site, and are substituted in an order only
 * Asciidoctor knows. A small Ruby module ({@code attribute-budget.rb}) wraps its one substitution
 * method and, before each substitution, adds up the sizes of the values referred to, which the
 * document already holds; past the page's budget, references are left as written and one error is
 * logged, which {@link AsciidocSession} reports as {@code source.limit} on the page. The budget is
 * a document option, which a page cannot set or change. Stateless.
 */
final class AttributeBudget {

    /** The document option holding the page's budget in bytes (a Ruby symbol once passed). */
    static final String OPTION = "docstack_max_attribute_bytes";
    /** How the module's log message starts. */
    private static final String MESSAGE = "attribute references add more than maxAttributeBytes (";

    private AttributeBudget() {
    }

    /** Loads the module into the instance's Ruby runtime; once per instance, before any conversion. */
    static void install(Asciidoctor asciidoctor) {
        try (InputStream ruby = AttributeBudget.class.getResourceAsStream("attribute-budget.rb")) {
            if (ruby == null) {
                throw new IllegalStateException("attribute-budget.rb is missing from the classpath");
            }
            asciidoctor.rubyExtensionRegistry().loadClass(ruby);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attribute-budget.rb", e);
        }
    }

    /** Whether an Asciidoctor log message is the module's report of a page past its budget. */
    static boolean isLimitMessage(String message) {
        return message != null && message.startsWith(MESSAGE);
    }
}
