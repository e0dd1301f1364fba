package io.docstack.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.docstack.convert.ConvertedSite;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.Rules;

/**
 * Adds the generated API reference pages to the converted pages, so that the later stages
 * (links, navigation, rendering, the inventory) treat them like written ones. A written page with
 * the same output path wins: the generated one is dropped with an {@code output.conflict} error.
 * Stateless.
 */
public final class ApiPages {

    private ApiPages() {
    }

    /**
     * The site with the reference pages of every service of {@code apis}. Without {@code html},
     * the pages keep their headings and anchors but not their HTML (the gate renders nothing).
     */
    public static ConvertedSite addTo(ConvertedSite site, ApiSite apis, boolean html) {
        if (apis.services().isEmpty()) {
            return site;
        }
        Map<String, Page> byOutput = new HashMap<>();
        for (Page page : site.pages()) {
            byOutput.put(page.sitePath().value(), page);
        }
        List<Page> pages = new ArrayList<>(site.pages());
        List<Diagnostic> diagnostics = new ArrayList<>(site.diagnostics());
        // Services are independent and the generator stateless: generate them on every core.
        ReferenceLimits limits = html ? ReferenceLimits.DEFAULTS : ReferenceLimits.SMALLEST;
        List<List<Page>> generated = apis.services().parallelStream().map(s -> ReferencePages.of(s, limits)).toList();
        for (int i = 0; i < generated.size(); i++) {
            ServiceSpec service = apis.services().get(i);
            for (Page page : generated.get(i)) {
                Page written = byOutput.get(page.sitePath().value());
                if (written != null) {
                    diagnostics.add(Diagnostic.error(Rules.OUTPUT_CONFLICT, written.displayPath(), 0, 0,
                            "'" + written.source() + "' is written to '" + page.output() + "', where the API reference of "
                                    + service.service() + " goes; the API reference page is left out",
                            "rename the page, or move the API reference by renaming the spec's tags"));
                    continue;
                }
                pages.add(html ? page : withoutHtml(page));
            }
        }
        pages.sort((a, b) -> a.ref().compareTo(b.ref()));
        java.util.Collections.sort(diagnostics);
        return new ConvertedSite(pages, diagnostics);
    }

    private static Page withoutHtml(Page page) {
        return new Page(page.ref(), page.output(), page.displayPath(), page.title(), page.description(), page.order(),
                "", page.headings(), page.anchors(), page.links(), page.failed());
    }
}
