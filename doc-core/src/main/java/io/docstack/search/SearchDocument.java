package io.docstack.search;

import java.util.Objects;

/**
 * One unit of search: a section of a page (a heading and its text up to the next heading) or one
 * API operation. Immutable and thread-safe.
 *
 * @param project      project name
 * @param version      project version
 * @param pageTitle    title of the page (for operations: the service title)
 * @param sectionTitle heading text of the section (the page title for a page's lead section; for
 *                     operations: summary, else operationId, else {@code METHOD /path})
 * @param text         plain text, no markup
 * @param url          site-relative URL with its anchor ({@code compute/2.4/guide/launch.html#boot-from-volume})
 * @param kind         what the document is
 */
public record SearchDocument(String project, String version, String pageTitle, String sectionTitle, String text,
                             String url, Kind kind) {

    public SearchDocument {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(pageTitle, "pageTitle");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }

    /** What a document is. */
    public enum Kind {
        /** A section of a written page. */
        PAGE,
        /** An operation of a service spec. */
        API
    }
}
