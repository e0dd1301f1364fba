/**
 * The spec stage: OpenAPI 3.0/3.1 specs (YAML or JSON) into service models and API reference
 * pages.
 *
 * <p>In: a {@link io.docstack.source.Catalog} (the spec files of each project version). Out: an
 * {@link io.docstack.spec.ApiSite}: one {@link io.docstack.spec.ServiceSpec} per project version
 * with specs (its {@link io.docstack.spec.Operation}s and {@link io.docstack.spec.Schema}s), and
 * {@code spec.*} diagnostics; a broken spec never stops the others. {@link io.docstack.spec.ApiPages}
 * then adds the generated reference pages to a {@link io.docstack.convert.ConvertedSite}, so that the
 * later stages treat them like written ones.
 *
 * <p>{@link io.docstack.spec.Specs} and {@code ApiPages} are stateless and thread-safe; the models
 * are immutable.
 */
package io.docstack.spec;
