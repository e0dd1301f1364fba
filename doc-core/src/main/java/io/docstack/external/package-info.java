/**
 * The external link check of {@code doc:check -Ddoc.check.external=true}: whether the
 * {@code http(s)://} links of the pages still answer.
 *
 * <p>In: the {@link io.docstack.external.ExternalLink}s the convert stage found and the
 * {@link io.docstack.config.ExternalOptions} (limits, politeness, retries, exclusions, cache).
 * Out: one diagnostic per occurrence of a broken URL ({@code external.status},
 * {@code external.unreachable}, {@code external.private}), sorted. Each distinct URL is fetched
 * once; network problems are diagnostics, never exceptions.
 *
 * <p>{@link io.docstack.external.ExternalLinkChecker#check} blocks until every URL is checked and
 * is thread-safe: each call has its own client, pool and limits (so two calls at once do not share
 * per-host limits). Everything else here is package-private.
 */
package io.docstack.external;
