package io.docstack.model;

import java.util.Objects;

/**
 * A reference written in a page: a link, an image or an xref, with where it was written.
 *
 * <p>Converted page HTML does not hold the target itself but {@link #placeholder()} in the
 * {@code href} or {@code src} attribute; the render stage swaps in the URL the link stage resolved.
 * This keeps conversion independent of where other pages end up.
 *
 * @param index  position of this link in {@link Page#links()}
 * @param kind   link or image
 * @param target the target exactly as written (after entity decoding)
 * @param line   1-based source line
 * @param column 1-based source column
 * @param html   true when written as raw HTML ({@code <a href>}, {@code <img src>}) in Markdown:
 *               generators that rewrite Markdown links leave those as written
 * @param file   the file it is written in, as diagnostics show it, when that is not the page
 *               itself (an AsciiDoc partial the page includes); null for the page
 */
public record Link(int index, Kind kind, String target, int line, int column, boolean html, String file) {

    /** Marker that precedes the index in placeholders. Chosen so that no real URL looks like it. */
    public static final String PLACEHOLDER_PREFIX = "docstack-link:";

    /** What the reference is. */
    public enum Kind {
        /** A link: Markdown, raw HTML, AsciiDoc macro or xref. */
        LINK,
        /** An image. */
        IMAGE,
        /**
         * An {@code api:} reference written as code ({@code `api:compute:listServers`}): checked
         * like a link; the code is made a link to the operation.
         */
        CODE,
        /**
         * The request line of an {@code http}, shell or console code block ({@code GET /v2.1/servers}):
         * checked against the service's spec, not a link in the page. Its target is
         * {@code api:service:METHOD path}, with an empty service when the block names none (the
         * page's own project is meant).
         */
        REQUEST
    }

    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    /** A link written in the page itself. */
    public Link(int index, Kind kind, String target, int line, int column, boolean html) {
        this(index, kind, target, line, column, html, null);
    }

    /** A link written in the page's own syntax (not raw HTML). */
    public Link(int index, Kind kind, String target, int line, int column) {
        this(index, kind, target, line, column, false);
    }

    /** The text standing for this link's URL in the page HTML. */
    public String placeholder() {
        return PLACEHOLDER_PREFIX + index;
    }
}
