package io.docstack.convert;

import java.util.List;
import java.util.Set;

import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Link;

/**
 * What one format's converter makes of one source: the page body and what it declares.
 *
 * @param title       explicit title (front matter or document title), or null to fall back to
 *                    the first heading
 * @param description front matter description, or null
 * @param order       front matter order, or null
 * @param html        body HTML with {@link Link#placeholder()}s in place of link targets
 * @param headings    headings in document order
 * @param anchors     all ids links may target
 * @param links       references in document order, indexed from 0
 * @param diagnostics problems found in this source
 * @param includes    the files it included, or tried to include (absolute, normalized): an edit to
 *                    one of them changes this conversion
 */
record Conversion(String title, String description, Integer order, String html, List<Heading> headings,
                  Set<String> anchors, List<Link> links, List<Diagnostic> diagnostics, Set<java.nio.file.Path> includes) {

    Conversion {
        headings = List.copyOf(headings);
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
        diagnostics = List.copyOf(diagnostics);
        includes = Set.copyOf(includes);
    }

    /** A conversion that includes nothing. */
    Conversion(String title, String description, Integer order, String html, List<Heading> headings,
               Set<String> anchors, List<Link> links, List<Diagnostic> diagnostics) {
        this(title, description, order, html, headings, anchors, links, diagnostics, Set.of());
    }
}
