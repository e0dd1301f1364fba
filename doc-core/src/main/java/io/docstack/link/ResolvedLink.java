package io.docstack.link;

import java.util.Objects;

import io.docstack.model.Diagnostic;
import io.docstack.model.Link;
import io.docstack.model.PageRef;

/**
 * A link with what it points to.
 *
 * @param link    the link as written
 * @param href    the URL to write in the page, relative to the page (the target as written when
 *                the link is external or broken)
 * @param target  the page it reaches, or null (external, asset, or broken)
 * @param anchor  the anchor inside the target, or null
 * @param broken  true when the link resolves to nothing
 * @param wanted  the file the link means, whether or not it exists (project version and path as
 *                written, resolved against the page's folder), or null for external, same-page and
 *                unparseable links; lets the gate tell which problems a change to that file caused
 * @param problem what is wrong with the link, or null
 */
public record ResolvedLink(Link link, String href, PageRef target, String anchor, boolean broken, PageRef wanted,
                           Diagnostic problem) {
    public ResolvedLink {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(href, "href");
    }

    /**
     * Whether the link leads nowhere in the built site: it is broken, or it is an anchor of its own
     * page that the page does not have ({@code <<nowhere>>}).
     */
    public boolean unresolved() {
        return broken || problem != null && io.docstack.model.Rules.LINK_ANCHOR.equals(problem.rule()) && href.startsWith("#");
    }

    /** A link without problems and without a wanted file (external, same page). */
    public ResolvedLink(Link link, String href, PageRef target, String anchor, boolean broken) {
        this(link, href, target, anchor, broken, target, null);
    }
}
