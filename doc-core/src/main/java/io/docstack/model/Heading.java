package io.docstack.model;

import java.util.Objects;

/**
 * A section heading of a page.
 *
 * @param level 1 to 6
 * @param text  plain text of the heading
 * @param id    its anchor (GitHub-style slug for Markdown, Asciidoctor id for AsciiDoc, or the
 *              explicit id the author gave)
 * @param line  1-based source line, 0 when unknown
 */
public record Heading(int level, String text, String id, int line) {
    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(id, "id");
    }
}
