/**
 * The nav stage: one navigation tree per project version.
 *
 * <p>In: the {@link io.docstack.source.Catalog} (for {@code nav.yml} and Antora nav files) and the
 * {@link io.docstack.convert.ConvertedSite} (for titles and {@code order}). Out: a
 * {@link io.docstack.nav.SiteNavigation}: a {@link io.docstack.nav.NavTree} of
 * {@link io.docstack.nav.NavItem}s per project version, from its nav file or else from its folder
 * tree, and the problems found in nav files. {@link io.docstack.nav.Reachability} then reports the
 * pages a reader cannot reach from the navigation.
 *
 * <p>{@link io.docstack.nav.Navigator} and {@code Reachability} are stateless and thread-safe; the
 * trees are immutable.
 */
package io.docstack.nav;
