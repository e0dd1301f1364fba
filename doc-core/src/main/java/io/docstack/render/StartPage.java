package io.docstack.render;

import java.util.Map;
import java.util.Optional;

import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.AntoraComponent;
import io.docstack.source.AntoraId;

/**
 * The site's start page ({@code SiteConfig.startPage}, an Antora playbook's {@code site.start_page}):
 * a page id {@code [version@]component:[module]:page.adoc}; without a version, the component's
 * latest version is meant, and without a component the {@code ROOT} one, as Antora reads it.
 * Stateless and thread-safe.
 */
final class StartPage {

    private StartPage() {
    }

    /** The page {@code id} names among {@code pages} ({@code latest}: each project's latest version), or empty when it names none. */
    static Optional<Page> resolve(String id, Map<String, String> latest, Map<PageRef, Page> pages) {
        Optional<AntoraId> parsed = id == null ? Optional.empty() : AntoraId.parse(id);
        if (parsed.isEmpty() || parsed.get().relative().isEmpty()
                || parsed.get().family() != null && !parsed.get().family().equals("page")) {
            return Optional.empty();
        }
        AntoraId page = parsed.get();
        String component = page.component() == null ? ProjectVersion.ROOT : page.component();
        String version = page.version() != null ? page.version() : latest.get(component);
        Optional<SitePath> path = SitePath.parse(AntoraComponent.sitePath(page.moduleOr(AntoraComponent.ROOT), "pages",
                page.relative()));
        if (version == null || path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(pages.get(new PageRef(new ProjectVersion(component, version), path.get())));
    }
}
