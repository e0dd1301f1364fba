package io.docstack.nav;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;

/** The navigation of one project version. Immutable. */
public record NavTree(ProjectVersion project, List<NavItem> items) {

    public NavTree {
        items = List.copyOf(items);
    }

    /** Pages in reading order (first occurrence in the tree), for previous/next links. */
    public List<PageRef> readingOrder() {
        Set<PageRef> order = new LinkedHashSet<>();
        collect(items, order);
        return List.copyOf(order);
    }

    /** The chain of entries from the top of the tree to the first entry that opens {@code page}. */
    public Optional<List<NavItem>> trail(PageRef page) {
        List<NavItem> path = new ArrayList<>();
        return find(items, page, path) ? Optional.of(List.copyOf(path)) : Optional.empty();
    }

    private static boolean find(List<NavItem> level, PageRef page, List<NavItem> path) {
        for (NavItem item : level) {
            path.add(item);
            if (page.equals(item.page()) || find(item.children(), page, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static void collect(List<NavItem> level, Set<PageRef> order) {
        for (NavItem item : level) {
            if (item.page() != null) {
                order.add(item.page());
            }
            collect(item.children(), order);
        }
    }
}
