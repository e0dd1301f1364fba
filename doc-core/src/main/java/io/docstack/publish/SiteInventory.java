package io.docstack.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.docstack.convert.ConvertedSite;
import io.docstack.inventory.Inventory;
import io.docstack.link.ProjectReference;
import io.docstack.model.Link;
import io.docstack.model.Page;
import io.docstack.model.ProjectVersion;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Operation;
import io.docstack.spec.ServiceSpec;

/**
 * The link inventory of a built site: every page with its title and anchors, every operation of
 * each project version's service spec, and the references each page makes into other projects
 * ({@code xref:name:…}, and {@code api:service:…} to another project's service), so that other
 * projects can validate links into this one and this one can check that a change does not break
 * theirs. Pages sorted by path, operations in spec order, so that the same site always gives the
 * same bytes. Stateless and thread-safe.
 */
public final class SiteInventory {

    private SiteInventory() {
    }

    /** The inventory of the project versions of {@code catalog}, their converted pages and their specs. */
    public static Inventory of(Catalog catalog, ConvertedSite site, ApiSite apis) {
        Map<ProjectVersion, List<Page>> pages = new HashMap<>();
        for (Page page : site.pages()) {
            pages.computeIfAbsent(page.project(), p -> new ArrayList<>()).add(page);
        }
        List<Inventory.Project> projects = new ArrayList<>();
        for (ProjectSources project : catalog.projects()) {
            ProjectVersion id = project.config().id();
            List<Inventory.Page> entries = pages.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Page::source))
                    .map(SiteInventory::entry)
                    .toList();
            List<Inventory.Operation> operations = apis.service(id).map(SiteInventory::operations).orElse(List.of());
            projects.add(new Inventory.Project(id.name(), id.version(), project.config().title(), entries, operations));
        }
        return new Inventory("", projects);
    }

    private static List<Inventory.Operation> operations(ServiceSpec spec) {
        return spec.operations().stream().map(SiteInventory::operation).toList();
    }

    private static Inventory.Operation operation(Operation operation) {
        return new Inventory.Operation(operation.operationId(), operation.method(), operation.path(),
                operation.page().value(), operation.anchor(), operation.deprecated(),
                operation.fieldNames().stream().sorted().toList());
    }

    private static Inventory.Page entry(Page page) {
        List<Inventory.Xref> xrefs = page.links().stream()
                .filter(link -> crossProject(page.project(), link))
                .map(link -> new Inventory.Xref(link.target(), link.line(), link.column()))
                .toList();
        return new Inventory.Page(page.source().value(), page.output().value(), page.displayPath(), page.title(),
                page.anchors().stream().sorted().toList(), xrefs);
    }

    /**
     * {@code xref:name:…} and {@code xref:name@version:…} ({@code xref:path} stays in its project);
     * {@code api:name:…} when {@code name} is another project (a request line of a block without
     * {@code service=} is the page's own project): references into its own service are checked
     * where the page is built.
     */
    private static boolean crossProject(ProjectVersion page, Link link) {
        return ProjectReference.of(link.target())
                .filter(named -> named.kind() == ProjectReference.Kind.XREF || !named.project().equals(page.name()))
                .isPresent();
    }
}
