package io.docstack.convert;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one AsciiDoc page is converted, besides its text: the folder its relative includes must
 * stay in, the attributes it gets, how include targets that are resource ids
 * ({@code partial$x.adoc}, {@code comp:mod:example$y.java}) resolve, and whether its xrefs are
 * Antora's (module-relative, {@code comp:mod:page.adoc}) rather than Docstack's.
 *
 * @param docsRoot   includes by path stay inside it
 * @param attributes AsciiDoc attributes set for the page
 * @param resources  resolves a resource id to a file, empty when it names none
 * @param antora     true for a page of an Antora component
 * @param trusted    false for a page whose content is not trusted: it is converted in Asciidoctor's
 *                   secure mode (no docinfo, no {@code data-uri} reading files), includes by resource
 *                   id read only files of its own source (git ref or bundle), and its HTML is
 *                   sanitized ({@link UntrustedHtml})
 */
record AsciidocPage(Path docsRoot, Map<String, String> attributes, Function<String, Optional<Path>> resources,
                    boolean antora, boolean trusted) {

    AsciidocPage {
        Objects.requireNonNull(docsRoot, "docsRoot");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(resources, "resources");
    }

    /** A trusted page of Docstack's own layout: includes by path only. */
    static AsciidocPage of(Path docsRoot) {
        return new AsciidocPage(docsRoot, Map.of(), id -> Optional.empty(), false, true);
    }

    /** A page of Docstack's own layout, trusted or not. */
    static AsciidocPage of(Path docsRoot, boolean trusted) {
        return new AsciidocPage(docsRoot, Map.of(), id -> Optional.empty(), false, trusted);
    }
}
