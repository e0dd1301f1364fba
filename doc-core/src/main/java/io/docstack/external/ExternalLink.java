package io.docstack.external;

import java.util.Objects;

/**
 * One occurrence of an external URL in a page, as the convert stage found it. Immutable.
 *
 * @param url    the URL as written, fragment included; schemes other than http and https are ignored
 * @param file   the page, as shown to the user (relative to the build's base folder)
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record ExternalLink(String url, String file, int line, int column) {

    public ExternalLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }
}
