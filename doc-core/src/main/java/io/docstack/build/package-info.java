/**
 * {@code doc:build} and {@code doc:bundle}: the {@link io.docstack.pipeline.Pipeline} once, then the
 * site searched, rendered and published ({@link io.docstack.build.SiteBuild}), or the project's docs
 * bundle written ({@link io.docstack.build.Bundle}).
 *
 * <p>In: a {@link io.docstack.config.SiteConfig} (and a zip path for a bundle). Out: the site
 * folder swapped in atomically with its search index beside it, or the bundle; a
 * {@link io.docstack.build.BuildResult} or {@link io.docstack.build.BundleResult}, immutable. No
 * state between calls; two calls at once must not write to the same output.
 */
package io.docstack.build;
