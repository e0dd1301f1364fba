package io.docstack.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.SitePath;

/**
 * The generated API reference of a service: an overview page ({@link ServiceSpec#indexPage()})
 * and one page per tag ({@link ServiceSpec.Tag#page()}) holding the operations whose
 * {@link Operation#page()} it is, each in an {@code <h2>} whose id is {@link Operation#anchor()}.
 *
 * <p>In: a {@link ServiceSpec} whose operations all sit on one of its tags' pages, with anchors
 * unique per page. Out: {@link Page}s in the project version's folder (source path = output
 * path), index first ({@code order} 0, then 1, 2 … in tag order), with headings and anchors taken
 * from the markup written, no links (references in descriptions are left as written and not
 * validated), and {@code failed} false. Spec text is escaped; descriptions are CommonMark
 * rendered by {@code UntrustedMarkdown} (raw HTML escaped, script URLs dropped). Large schemas and
 * examples are cut at {@link ReferenceLimits} with a note on the page. A model that breaks these
 * rules is a bug of the spec stage and gets an {@link IllegalArgumentException}.
 *
 * <p>Stateless and thread-safe; the same spec gives byte-identical pages.
 */
public final class ReferencePages {

    private ReferencePages() {
    }

    /** The reference pages of {@code service} with the {@link ReferenceLimits#DEFAULTS default limits}. */
    public static List<Page> of(ServiceSpec service) {
        return of(service, ReferenceLimits.DEFAULTS);
    }

    /** The reference pages of {@code service}, cut at {@code limits}. */
    public static List<Page> of(ServiceSpec service, ReferenceLimits limits) {
        Map<SitePath, List<Operation>> byPage = operationsByPage(service);
        List<Page> pages = new ArrayList<>();
        ReferenceHtml index = new ReferenceHtml();
        IndexPage.write(service, byPage, index);
        pages.add(page(service, ServiceSpec.indexPage(), referenceTitle(service), null, 0, index));
        int order = 1;
        for (ServiceSpec.Tag tag : service.tags()) {
            ReferenceHtml html = new ReferenceHtml();
            html.description(tag.description());
            List<Operation> operations = byPage.get(tag.page());
            if (operations.isEmpty()) {
                html.raw("<p class=\"api-none\">No operations have this tag.</p>\n");
            }
            operations.forEach(operation -> OperationSection.write(operation, limits, html));
            pages.add(page(service, tag.page(), tag.name(), referenceTitle(service), order++, html));
        }
        return List.copyOf(pages);
    }

    /** Each tag page with its operations in spec order; checks that the model holds together. */
    private static Map<SitePath, List<Operation>> operationsByPage(ServiceSpec service) {
        Map<SitePath, List<Operation>> byPage = new LinkedHashMap<>();
        for (ServiceSpec.Tag tag : service.tags()) {
            if (tag.page().equals(ServiceSpec.indexPage()) || byPage.put(tag.page(), new ArrayList<>()) != null) {
                throw new IllegalArgumentException("tag '" + tag.name() + "' has the page " + tag.page()
                        + ", which is the index page or another tag's page");
            }
        }
        Set<String> anchors = new HashSet<>();
        for (Operation operation : service.operations()) {
            List<Operation> operations = byPage.get(operation.page());
            if (operations == null) {
                throw new IllegalArgumentException(operation.signature() + " is on page " + operation.page()
                        + ", which is no tag's page");
            }
            if (!anchors.add(operation.page() + "#" + operation.anchor())) {
                throw new IllegalArgumentException(operation.signature() + " repeats the anchor " + operation.anchor()
                        + " on " + operation.page());
            }
            operations.add(operation);
        }
        return byPage;
    }

    private static Page page(ServiceSpec service, SitePath path, String title, String description, int order,
                             ReferenceHtml html) {
        String displayPath = service.files().isEmpty() ? path.value() : service.files().get(0).displayPath();
        return new Page(new PageRef(service.project(), path), path, displayPath, title, description, order,
                html.html(), html.headings(), html.anchors(), List.of(), false);
    }

    /** "Compute API reference"; a title that already ends in "API" is not given a second one. */
    static String referenceTitle(ServiceSpec service) {
        String title = service.title().strip();
        return (title.endsWith(" API") || title.equals("API") ? title : title + " API") + " reference";
    }
}
