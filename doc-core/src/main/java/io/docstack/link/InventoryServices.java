package io.docstack.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.docstack.inventory.Inventory;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.spec.Operation;
import io.docstack.spec.ServiceSpec;
import io.docstack.spec.SpecPosition;

/**
 * The services of project versions known only from link inventories, as {@link ServiceSpec}s
 * that {@code api:} references resolve against like local ones. An inventory keeps what a
 * reference can check (operationId, method, path, page, anchor, deprecation, field names), so
 * each field becomes a {@link Operation.Parameter} located {@value #IN} without schema, and the
 * specs have no files, tags, summaries or bodies. A project version built here hides the same
 * one in an inventory, spec or not (the local sources are newer), and the first inventory that
 * describes a project version wins, as for pages ({@link Targets}). Stateless.
 */
final class InventoryServices {

    /** The {@code in} of parameters made from inventory fields: the inventory does not say where they go. */
    static final String IN = "inventory";

    private InventoryServices() {
    }

    /** One spec per inventoried project version that lists operations, in inventory order. */
    static List<ServiceSpec> of(Catalog catalog) {
        Map<ProjectVersion, ServiceSpec> services = new LinkedHashMap<>();
        List<ProjectVersion> built = catalog.projects().stream().map(p -> p.config().id()).toList();
        for (Inventory inventory : catalog.inventories()) {
            for (Inventory.Project project : inventory.projects()) {
                ProjectVersion id = new ProjectVersion(project.name(), project.version());
                if (!built.contains(id) && !services.containsKey(id) && !project.operations().isEmpty()) {
                    services.put(id, spec(inventory, id, project));
                }
            }
        }
        return List.copyOf(services.values());
    }

    /** Names of the projects the inventories describe, with or without operations. */
    static List<String> projectNames(Catalog catalog) {
        return catalog.inventories().stream().flatMap(i -> i.projects().stream()).map(Inventory.Project::name)
                .distinct().toList();
    }

    private static ServiceSpec spec(Inventory inventory, ProjectVersion id, Inventory.Project project) {
        SpecPosition source = new SpecPosition(inventory.source(), 0, 0);
        List<Operation> operations = project.operations().stream().map(entry -> operation(entry, source)).toList();
        return new ServiceSpec(id, project.title(), null, null, List.of(), List.of(), operations);
    }

    /** An operation of the inventory; its record has checked that the page is a SitePath. */
    private static Operation operation(Inventory.Operation entry, SpecPosition source) {
        return new Operation(entry.method(), entry.path(), entry.operationId(), null, null, List.of(),
                entry.deprecated(), parameters(entry), null, List.of(), Map.of(), entry.anchor(),
                SitePath.of(entry.page()), source);
    }

    private static List<Operation.Parameter> parameters(Inventory.Operation entry) {
        return entry.fields().stream().map(name -> new Operation.Parameter(name, IN, false, false, null, null)).toList();
    }
}
