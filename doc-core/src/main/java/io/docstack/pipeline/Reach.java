package io.docstack.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.docstack.link.LinkGraph;
import io.docstack.link.ResolvedLink;
import io.docstack.model.PageRef;

/** When the check stage must walk the site again to know which pages a reader can reach. */
final class Reach {

    private Reach() {
    }

    /**
     * Whether the pages a reader can reach may differ from the last run's: a navigation changed, a
     * file came or went, or a page's links reach other pages than before.
     */
    static boolean mayChange(LinkGraph before, LinkGraph after, Scope.Partial scope) {
        if (!scope.navChanged().isEmpty()) {
            return true;
        }
        for (PageRef ref : scope.changed()) {
            if (!after.links().containsKey(ref) || !before.links().containsKey(ref)) {
                return true;
            }
        }
        for (PageRef ref : scope.relinked()) {
            if (!targets(after.of(ref)).equals(targets(before.of(ref)))) {
                return true;
            }
        }
        return false;
    }

    private static Set<PageRef> targets(List<ResolvedLink> links) {
        Set<PageRef> targets = new HashSet<>();
        links.forEach(link -> {
            if (link.target() != null) {
                targets.add(link.target());
            }
        });
        return targets;
    }
}
