/**
 * The source stage, first of the pipeline: which files make up the site.
 *
 * <p>In: a {@link io.docstack.config.SiteConfig}: project docs folders, Antora content roots, git
 * refs and docs bundles. Out: a {@link io.docstack.source.Catalog}: every project version with its
 * pages, assets, nav file and spec files ({@link io.docstack.source.ProjectSources},
 * {@link io.docstack.source.SourceFile}), the link inventories of projects not built here, and the
 * problems found reading them (unreadable folders, symbolic links leaving a folder, files past a
 * limit). {@link io.docstack.source.Sources#aggregate} lists everything;
 * {@link io.docstack.source.Sources#rescan} lists again only the projects an edit touched.
 *
 * <p>{@code Sources} is stateless and thread-safe; the catalog and its records are immutable.
 */
package io.docstack.source;
