/**
 * The pipeline: the validating stages in their order, written once ({@link io.docstack.pipeline.Pipeline}),
 * which a build, the gate, a docs bundle and the preview all run, and the whole-site render steps
 * they share ({@link io.docstack.pipeline.Rendering}).
 *
 * <p>In: a {@link io.docstack.config.SiteConfig}, and per run a {@link io.docstack.pipeline.Change}
 * (everything, or a batch of edited files). Out: a {@link io.docstack.pipeline.Validated} site (each
 * stage's output, every problem, and the run's {@link io.docstack.pipeline.Scope}: the whole site,
 * or what the edits touched), and a rendered site in any {@code SiteSink}.
 *
 * <p>A {@code Pipeline} is used by one thread and closed once (it keeps the converter's workers
 * and Asciidoctor between runs); {@code Change}, {@code Scope} and {@code Validated} are
 * immutable; {@code Rendering} holds no state.
 */
package io.docstack.pipeline;
