package io.docstack.nav;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.docstack.convert.ConvertedSite;
import io.docstack.link.LinkGraph;
import io.docstack.link.ResolvedLink;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.source.IndexPage;

/**
 * Finds pages a reader cannot reach: pages that are neither in their project's navigation nor
 * linked from a page that is (transitively), nor a project's home page. Sphinx warns about
 * documents missing from every toctree for the same reason: such a page is only found by
 * search, and usually was forgotten in {@code nav.yml}. Stateless and thread-safe.
 */
public final class Reachability {

    private Reachability() {
    }

    /** The pages a reader can reach: home pages, pages in a navigation, and pages linked from those, transitively. */
    public static Set<PageRef> reached(ConvertedSite site, LinkGraph links, SiteNavigation navigation) {
        Set<PageRef> reached = new HashSet<>();
        Deque<PageRef> queue = new ArrayDeque<>();
        for (Page page : site.pages()) {
            if (isHome(page.source())) {
                queue.add(page.ref());
            }
        }
        for (NavTree tree : navigation.trees().values()) {
            queue.addAll(tree.readingOrder());
        }
        while (!queue.isEmpty()) {
            PageRef page = queue.poll();
            if (reached.add(page)) {
                for (ResolvedLink link : links.of(page)) {
                    if (link.target() != null && !reached.contains(link.target())) {
                        queue.add(link.target());
                    }
                }
            }
        }
        return reached;
    }

    /** One {@link Rules#NAV_UNREACHABLE} warning per page of {@code site} not in {@code reached}, sorted. */
    public static List<Diagnostic> unreachable(ConvertedSite site, Set<PageRef> reached) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Page page : site.pages()) {
            if (!reached.contains(page.ref())) {
                problems.add(Diagnostic.warning(Rules.NAV_UNREACHABLE, page.displayPath(), 0, 0,
                        "page '" + page.title() + "' is not in the navigation and no page in it links here",
                        "add it to the project's nav.yml, link to it, or delete it"));
            }
        }
        Collections.sort(problems);
        return problems;
    }

    private static boolean isHome(SitePath source) {
        return IndexPage.isLinkTarget(source.value());
    }
}
