/**
 * The reports of the review gate: how a check's diagnostics reach people and tools.
 *
 * <p>In: sorted diagnostics (and, for some reports, the checked files and the build's folder in
 * its repository). Out: the console lines with their per-rule and per-project summary
 * ({@link io.docstack.report.ConsoleReport}), a SARIF 2.1.0 log
 * ({@link io.docstack.report.SarifReport}), JUnit XML ({@link io.docstack.report.JunitReport}),
 * GitHub Actions annotations and step summary ({@link io.docstack.report.GithubAnnotations}), and
 * the {@link io.docstack.report.Baseline} of accepted problems with its stable
 * {@link io.docstack.report.Fingerprint}s. Report files are written whole
 * ({@link io.docstack.report.ReportFiles}).
 *
 * <p>Stateless and thread-safe; {@code Baseline} is immutable.
 */
package io.docstack.report;
