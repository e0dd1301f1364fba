package io.docstack.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A converted page: what the convert stage produces from one Markdown or AsciiDoc source.
 * Immutable and thread-safe.
 *
 * @param ref         project version and source path
 * @param output      where the page is written inside the project version's folder ({@code .html})
 * @param displayPath path of the source as shown in diagnostics
 * @param title       page title (front matter {@code title}, else the first heading, else the file name)
 * @param description front matter {@code description}, or null
 * @param order       front matter {@code order}, or null; orders pages in folder-built navigation
 * @param html        body HTML, with {@link Link#placeholder()}s for link targets
 * @param headings    headings in document order
 * @param anchors     every id a link may target: heading ids and explicit block/inline ids
 * @param links       references in document order; {@code links.get(i).index() == i}
 * @param failed      true when the source could not be converted and {@code html} is an error notice
 */
public record Page(PageRef ref, SitePath output, String displayPath, String title, String description,
                   Integer order, String html, List<Heading> headings, Set<String> anchors, List<Link> links,
                   boolean failed) {

    public Page {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).index() != i) {
                throw new IllegalArgumentException("link " + i + " has index " + links.get(i).index());
            }
        }
    }

    public ProjectVersion project() {
        return ref.project();
    }

    public SitePath source() {
        return ref.source();
    }

    /** Output path inside the whole site: {@code project/version/output}. */
    public SitePath sitePath() {
        return output.under(ref.project().sitePrefix());
    }
}
