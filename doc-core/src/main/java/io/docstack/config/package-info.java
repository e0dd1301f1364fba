/**
 * What a user configures: the site ({@link io.docstack.config.SiteConfig}, built with its
 * builder), its projects ({@link io.docstack.config.ProjectConfig}) and its other sources (Antora
 * content roots, {@link io.docstack.config.GitSource}s, {@link io.docstack.config.BundleSource}s),
 * the {@link io.docstack.config.Limits} that keep a hostile source from taking a build down, the
 * options of {@code doc:check} ({@link io.docstack.config.CheckOptions}) and of the external link
 * checker ({@link io.docstack.config.ExternalOptions}), and the rules for reading what users write
 * in configuration: path patterns ({@link io.docstack.config.PathGlob}), AsciiDoc attributes
 * ({@link io.docstack.config.AsciidocAttributes}) and YAML ({@link io.docstack.config.SafeYaml}).
 *
 * <p>The Maven plugin maps POM parameters onto these records; so does anyone embedding Docstack.
 * The records, {@code PathGlob} and {@code AsciidocAttributes} are immutable or stateless and safe
 * to share between threads. A SnakeYAML loader is not: take one per thread
 * ({@link io.docstack.config.SafeYaml#threadLoader}) or a new one per use.
 */
package io.docstack.config;
