/**
 * {@code doc:check}, the review gate: the {@link io.docstack.pipeline.Pipeline} once without HTML
 * (with the conversion cache), external links if asked, the problems narrowed to a change
 * ({@code since} a git ref) and to those a baseline does not hold, and the reports written
 * ({@link io.docstack.check.Gate}).
 *
 * <p>In: a {@link io.docstack.config.SiteConfig} and {@link io.docstack.config.CheckOptions}. Out:
 * SARIF, JUnit and API coverage files in the report folder, and a
 * {@link io.docstack.check.CheckResult}, immutable. No state between calls; two calls at once must
 * not write to the same report folder or cache.
 */
package io.docstack.check;
