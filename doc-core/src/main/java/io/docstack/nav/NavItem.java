package io.docstack.nav;

import java.util.List;
import java.util.Objects;

import io.docstack.model.PageRef;

/**
 * One entry of a project's navigation: a page, an external link, or a section heading.
 *
 * @param id       unique within the tree, stable for the same input ("n1", "n2"… in tree order)
 * @param title    text shown
 * @param page     the page it opens, or null
 * @param url      external URL, or null
 * @param children nested entries
 */
public record NavItem(String id, String title, PageRef page, String url, List<NavItem> children) {
    public NavItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        children = List.copyOf(children);
    }
}
