/**
 * The search stage: a Lucene index of every page section and API operation, its static export
 * for browsers, and the queries against it.
 *
 * <p>In: the {@link io.docstack.convert.ConvertedSite} and the {@link io.docstack.spec.ApiSite}.
 * Out: the {@link io.docstack.search.SearchDocument}s of the site, a Lucene index in a folder
 * ({@link io.docstack.search.SearchIndex}), its static export under {@code _docstack/search/}
 * ({@link io.docstack.search.StaticIndex}); {@link io.docstack.search.SiteSearch} does all three for a
 * build. A {@link io.docstack.search.Searcher} answers queries with ranked
 * {@link io.docstack.search.Hit}s and type-ahead {@link io.docstack.search.Suggestion}s, narrowed by
 * {@link io.docstack.search.Filters}.
 *
 * <p>{@code SearchDocuments}, {@code SearchIndex} and {@code SiteSearch} are stateless and
 * thread-safe (two writes into one folder at once are the caller's mistake); a {@code Searcher} is
 * thread-safe for queries and closed once. {@link io.docstack.search.LiveIndex}, the preview's, is
 * updated by one thread at a time; the searchers it gives are thread-safe.
 */
package io.docstack.search;
