/**
 * The convert stage: Markdown (Flexmark) and AsciiDoc (AsciidoctorJ) sources into pages.
 *
 * <p>In: a {@link io.docstack.source.Catalog} and the {@link io.docstack.config.Limits}. Out: a
 * {@link io.docstack.convert.ConvertedSite}: one {@link io.docstack.model.Page} per page source
 * (HTML with link placeholders, title, headings, anchors and links), a page that
 * failed to convert included with an error notice, and the problems found. A broken page never
 * stops the others.
 *
 * <p>The static {@link io.docstack.convert.Converter#convert} methods convert a catalog once, in
 * parallel, and may be called from any thread. An open {@code Converter} (the preview's, which
 * {@link io.docstack.convert.Converter#update}s only the pages an edit touched) is used by one
 * thread at a time and closed once. {@code ConvertedSite} is immutable;
 * {@link io.docstack.convert.ConversionCache} (the review gate's) is thread-safe.
 */
package io.docstack.convert;
