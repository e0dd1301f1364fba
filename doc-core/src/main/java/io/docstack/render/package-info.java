/**
 * The render stage: the finished files of a site through the theme's Pebble templates.
 *
 * <p>In: the {@link io.docstack.config.SiteConfig}, the {@link io.docstack.source.Catalog}, the
 * {@link io.docstack.convert.ConvertedSite}, the {@link io.docstack.link.LinkGraph} (the URLs that
 * replace link placeholders), the {@link io.docstack.nav.SiteNavigation} and the
 * {@link io.docstack.link.ApiCoverage}. Out: every page, the landing page, {@code 404.html}, the
 * alias redirects and the theme's assets, written to a {@link io.docstack.render.SiteSink} (a
 * folder being published, or memory for the preview).
 *
 * <p>A {@link io.docstack.render.SiteRenderer} is immutable once built and thread-safe: pages are
 * rendered on the caller's pool. {@link io.docstack.render.SiteRenderer#next} gives the renderer
 * of the site after an edit, keeping the compiled theme. A {@code SiteSink} must be thread-safe.
 */
package io.docstack.render;
