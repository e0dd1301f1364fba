/**
 * Link inventories: what other sites may link to in a set of project versions (pages, titles,
 * anchors, API operations) and which references those pages make into other projects.
 *
 * <p>In: a {@code docstack-inventory.json} from a file, a zip or an {@code http(s)} URL
 * ({@link io.docstack.inventory.InventoryFiles#load}), or an {@link io.docstack.inventory.Inventory}
 * to write. Out: the {@code Inventory} record, or its JSON; problems loading one are
 * {@code inventory.load} diagnostics, never exceptions. The publish stage makes a site's
 * inventory; the source stage loads those of projects not built here into the catalog, for the
 * link stage.
 *
 * <p>{@code Inventory} is immutable; {@code InventoryFiles} is stateless and thread-safe.
 */
package io.docstack.inventory;
