package io.docstack.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.docstack.convert.ConvertedSite;
import io.docstack.model.Page;
import io.docstack.model.ProjectVersion;
import io.docstack.spec.ApiSite;
import io.docstack.spec.ServiceSpec;

/**
 * What the search index holds for a site: one {@link SearchDocument} per section of every page
 * that converted, and one per API operation. The generated API reference pages are not indexed as
 * pages: their operations are, each as one document. Stateless; thread-safe.
 */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    /**
     * In: the converted site (with HTML) and its specs. Out: documents in page order (the site's,
     * by project and source path), sections in document order, then operations by service in
     * catalog order and operations in spec order. Failed pages are left out.
     */
    public static List<SearchDocument> of(ConvertedSite site, ApiSite apis) {
        Set<ProjectVersion> withSpecs = withSpecs(apis);
        // Pages are parsed independently, on every core; the list keeps the site's page order.
        List<SearchDocument> documents = new ArrayList<>();
        site.pages().parallelStream()
                .map(page -> of(page, withSpecs))
                .toList()
                .forEach(documents::addAll);
        apis.services().forEach(service -> documents.addAll(ApiDocuments.of(service)));
        return List.copyOf(documents);
    }

    /** The project versions whose API reference pages are generated (and indexed as operations). */
    static Set<ProjectVersion> withSpecs(ApiSite apis) {
        return apis.services().stream().map(ServiceSpec::project).collect(Collectors.toSet());
    }

    /** The sections of one page; none for a failed page or a generated reference page of {@code withSpecs}. */
    static List<SearchDocument> of(Page page, Set<ProjectVersion> withSpecs) {
        return page.failed() || isReferencePage(page, withSpecs) ? List.of() : PageSections.of(page);
    }

    private static boolean isReferencePage(Page page, Set<ProjectVersion> withSpecs) {
        return withSpecs.contains(page.project()) && page.source().value().startsWith(ServiceSpec.PAGES_FOLDER + "/");
    }
}
