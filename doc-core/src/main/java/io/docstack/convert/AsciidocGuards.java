package io.docstack.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.asciidoctor.Asciidoctor;

import io.docstack.config.Limits;

/**
 * Two guards placed inside Asciidoctor, where no Java extension point reaches, by a small Ruby
 * file ({@code asciidoc-guards.rb}) loaded into each instance:
 *
 * <ul>
 * <li>The attribute budget bounds the text attribute references add to one page
 * ({@link Limits#maxAttributeBytes()}). Attributes come from the page, its includes, the header
 * (author, title) and the site, and are substituted in an order only Asciidoctor knows, so no scan
 * of the page beforehand can be exact. The module wraps Asciidoctor's one substitution method and,
 * before each substitution, adds up the sizes of the values referred to, which the document
 * already holds; past the page's budget, references are left as written and one error is logged.
 * The budget is a document option, which a page cannot set or change.
 * <li>Confined assets: the files Asciidoctor reads itself (an inline SVG, {@code opts=inline}) are
 * read only when their real path, symbolic links followed, is inside the page's folder, which
 * Asciidoctor's own jail checks by name only. A refused file is logged as a warning.
 * </ul>
 *
 * <p>{@link AsciidocSession} turns the two log messages into {@code source.limit} and
 * {@code link.escape} errors on the page. Stateless.
 */
final class AsciidocGuards {

    /** The document option holding the page's attribute budget in bytes (a Ruby symbol once passed). */
    static final String BUDGET_OPTION = "docstack_max_attribute_bytes";
    /** How the guards' log messages start. */
    private static final String BUDGET_MESSAGE = "attribute references add more than maxAttributeBytes (";
    private static final String OUTSIDE_MESSAGE = "file outside the docs folder not read: ";

    private AsciidocGuards() {
    }

    /** Loads the guards into the instance's Ruby runtime; once per instance, before any conversion. */
    static void install(Asciidoctor asciidoctor) {
        try (InputStream ruby = AsciidocGuards.class.getResourceAsStream("asciidoc-guards.rb")) {
            if (ruby == null) {
                throw new IllegalStateException("asciidoc-guards.rb is missing from the classpath");
            }
            asciidoctor.rubyExtensionRegistry().loadClass(ruby);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asciidoc-guards.rb", e);
        }
    }

    /** Whether an Asciidoctor log message is the budget's report of a page past it. */
    static boolean isBudgetMessage(String message) {
        return message != null && message.startsWith(BUDGET_MESSAGE);
    }

    /** Whether an Asciidoctor log message is the report of a file refused because it is outside the docs folder. */
    static boolean isOutsideMessage(String message) {
        return message != null && message.startsWith(OUTSIDE_MESSAGE);
    }
}
