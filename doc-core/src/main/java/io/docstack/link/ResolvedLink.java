package io.docstack.link;

import java.util.Objects;

import io.docstack.model.Link;
import io.docstack.model.PageRef;

/**
 * A link with what it points to.
 *
 * @param link   the link as written
 * @param href   the URL to write in the page, relative to the page (the target as written when
 *               the link is external or broken)
 * @param target the page it reaches, or null (external, asset, or broken)
 * @param anchor the anchor inside the target, or null
 * @param broken true when the link resolves to nothing
 */
public record ResolvedLink(Link link, String href, PageRef target, String anchor, boolean broken) {
    public ResolvedLink {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(href, "href");
    }
}
