/**
 * The publish stage: what a build leaves on disk.
 *
 * <p>In: the rendered files (through {@link io.docstack.publish.SiteWriter}, the
 * {@link io.docstack.render.SiteSink} of a build), the catalog, pages and specs (for the site's
 * link inventory, {@link io.docstack.publish.SiteInventory}, and {@code sitemap.xml},
 * {@link io.docstack.publish.Sitemap}), or one project (for its docs bundle,
 * {@link io.docstack.publish.DocsBundle}). Out: the output folder, swapped in whole on commit so
 * that readers see the old site or the new one, never half of one; or the bundle zip.
 * {@link io.docstack.publish.OutputFolder} holds the rules that keep a build from deleting what
 * Docstack did not write.
 *
 * <p>{@code SiteWriter} is thread-safe (pages are written from the render pool) and closed once;
 * the other types are stateless and thread-safe.
 */
package io.docstack.publish;
