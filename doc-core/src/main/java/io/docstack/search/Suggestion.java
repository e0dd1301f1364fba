package io.docstack.search;

/**
 * A type-ahead suggestion: a section or page title that starts with the typed words.
 *
 * @param title     the section title (plain text, not escaped)
 * @param pageTitle the title of its page
 * @param url       site-relative URL with its anchor
 */
public record Suggestion(String title, String pageTitle, String url, String project, String version) {
}
