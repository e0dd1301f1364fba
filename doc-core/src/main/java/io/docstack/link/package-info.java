/**
 * The link stage: every link, image, {@code xref:} and {@code api:} reference of every page
 * resolved to the URL to write, or reported as broken.
 *
 * <p>In: the {@link io.docstack.source.Catalog} (with the link inventories of projects not built
 * here), the {@link io.docstack.convert.ConvertedSite} (for anchors) and the
 * {@link io.docstack.spec.ApiSite} (for operations). Out: a {@link io.docstack.link.LinkGraph}: each
 * page's {@link io.docstack.link.ResolvedLink}s, the references inventoried pages make into the
 * projects built here, and the problems found; {@link io.docstack.link.ApiCoverage} counts which
 * operations the pages reference.
 *
 * <p>{@link io.docstack.link.Linker} is stateless and thread-safe. {@link io.docstack.link.LiveLinks},
 * the preview's, keeps the graph between edits and re-resolves only what an edit can change; it is
 * not thread-safe (one thread updates it). The records are immutable.
 */
package io.docstack.link;
