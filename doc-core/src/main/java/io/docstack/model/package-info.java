/**
 * The values every stage shares: a {@link io.docstack.model.Page} and what identifies it
 * ({@link io.docstack.model.PageRef}, {@link io.docstack.model.ProjectVersion},
 * {@link io.docstack.model.SitePath}), the {@link io.docstack.model.Link}s and
 * {@link io.docstack.model.Heading}s written in it, and the problems found in the user's input
 * ({@link io.docstack.model.Diagnostic}, {@link io.docstack.model.Severity}, the rule ids of
 * {@link io.docstack.model.Rules}). Beside them, the few rules more than one stage applies: which
 * URL schemes a site may hold ({@link io.docstack.model.UrlPolicy}), how versions are ordered
 * ({@link io.docstack.model.Versions}), how a file is decoded ({@link io.docstack.model.Utf8Text}),
 * credentials kept out of messages ({@link io.docstack.model.UserInfo}) and "did you mean" hints.
 *
 * <p>Depends on no other package of Docstack. The records are immutable and the helper classes
 * stateless: every type here is safe to share between threads.
 */
package io.docstack.model;
