package io.docstack.search;

/**
 * One search result.
 *
 * @param url     site-relative URL with its anchor
 * @param score   Lucene score; only its order means something
 * @param snippet HTML: escaped plain text in which only the matched terms are wrapped in
 *                {@code <mark>…</mark>}; safe to insert into a page as is
 */
public record Hit(String url, String pageTitle, String sectionTitle, String project, String version,
                  SearchDocument.Kind kind, float score, String snippet) {
}
