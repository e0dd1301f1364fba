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
        return addTo(site, generate(apis, html));
    }

    /**
     * The reference pages of every service of an {@link ApiSite}, before they are added to a site:
     * the preview generates them once and adds them again after each edit of a page.
     *
     * @param apis  the specs they were generated from
     * @param pages per service of {@code apis}, in its order
     */
    public record Generated(ApiSite apis, List<List<Page>> pages) {
        public Generated {
            pages = pages.stream().map(List::copyOf).toList();
        }
    }

    /** The reference pages of every service of {@code apis}, with HTML or (for the gate) without. */
    public static Generated generate(ApiSite apis, boolean html) {
        // Services are independent and the generator stateless: generate them on every core.
        ReferenceLimits limits = html ? ReferenceLimits.DEFAULTS : ReferenceLimits.SMALLEST;
        return new Generated(apis, apis.services().parallelStream()
                .map(s -> ReferencePages.of(s, limits).stream().map(p -> html ? p : withoutHtml(p)).toList())
                .toList());
    }

    /** {@code site} with the {@code generated} pages, except those where a written page is (an error). */
    public static ConvertedSite addTo(ConvertedSite site, Generated generated) {
        if (generated.pages().isEmpty()) {
            return site;
        }
        Map<String, Page> byOutput = new HashMap<>();
        for (Page page : site.pages()) {
            byOutput.put(page.sitePath().value(), page);
        }
        List<Page> pages = new ArrayList<>(site.pages());
        List<Diagnostic> diagnostics = new ArrayList<>(site.diagnostics());
        for (int i = 0; i < generated.pages().size(); i++) {
            ServiceSpec service = generated.apis().services().get(i);
            for (Page page : generated.pages().get(i)) {
                Page written = byOutput.get(page.sitePath().value());
                if (written != null) {
                    diagnostics.add(Diagnostic.error(Rules.OUTPUT_CONFLICT, written.displayPath(), 0, 0,
                            "'" + written.source() + "' is written to '" + page.output() + "', where the API reference of "
                                    + service.service() + " goes; the API reference page is left out",
                            "rename the page, or move the API reference by renaming the spec's tags"));
                    continue;
                }
                pages.add(page);
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
