package io.docstack.link;

import java.util.List;
import java.util.Map;

import io.docstack.model.Diagnostic;
import io.docstack.model.PageRef;

/**
 * The output of the link stage: every link of every page resolved, and the problems found.
 * Immutable.
 *
 * @param links       per page, resolved links in the order of {@code Page.links()}
 * @param inbound     references from pages of other projects (known from link inventories) into
 *                    the projects built here that have a problem
 * @param diagnostics broken links, anchors and references, sorted (including the inbound ones)
 */
public record LinkGraph(Map<PageRef, List<ResolvedLink>> links, List<ResolvedLink> inbound,
                        List<Diagnostic> diagnostics) {
    public LinkGraph {
        links = Map.copyOf(links);
        inbound = List.copyOf(inbound);
        diagnostics = List.copyOf(diagnostics);
    }

    public List<ResolvedLink> of(PageRef page) {
        return links.getOrDefault(page, List.of());
    }
}
