/**
 * Docstack's facade: {@link io.docstack.Docstack} builds, checks, bundles, previews and searches
 * a documentation site, each in one delegation to the package of that use ({@code build},
 * {@code check}, {@code serve}), which runs the {@link io.docstack.pipeline.Pipeline} and then
 * what the use needs.
 *
 * <p>In: a {@link io.docstack.config.SiteConfig} (and {@link io.docstack.config.CheckOptions} for
 * a check, the zip path for a bundle, host and port for the preview). Out: a
 * {@link io.docstack.build.BuildResult}, {@link io.docstack.check.CheckResult} or
 * {@link io.docstack.build.BundleResult}, which name their counts alike ({@code pages},
 * {@code diagnostics} for every problem found, {@code stages} for where the time went,
 * {@code sources} for the projects and files read), or a running {@link io.docstack.serve.Preview}.
 * Problems in the user's input come back as {@link io.docstack.model.Diagnostic}s, never thrown.
 *
 * <p>{@code Docstack} holds no state between calls, so it may be called from any thread; two calls
 * at once must not write to the same output, report folder or cache. The result records are immutable; a {@code Preview} is
 * thread-safe and closed once.
 *
 * <p>The API is this package with {@code config}, {@code model}, {@code build}, {@code check} and
 * {@code serve} (the results), {@code search} (the hits of {@link io.docstack.Docstack#search}) and
 * {@code report} (the Maven plugin prints GitHub annotations with it); the other packages are the
 * pipeline and its stages, internal. {@code ArchitectureTest} keeps the Maven plugin to the API
 * packages, and every stage from using the pipeline, the uses or this facade. The internal
 * packages were not moved under an {@code internal} package (as commonmark-java does): that
 * would rename fifteen packages and every import for what the test already holds, and a user of
 * the library sees the API in the facade's signatures. There is no {@code module-info.java} to
 * enforce it either, because of what the dependencies are as modules
 * (tried in issue 17): fifteen of them have no module name of their own (the fourteen Flexmark
 * 0.64.8 jars and directory-watcher 0.19.1), so a published module would require names derived
 * from their file names, which change when those projects pick real ones (the compiler plugin
 * warns against publishing it); the default theme's jar cannot be a module at all (its package
 * {@code io.docstack.theme.default} ends in a keyword), so putting it on a module path stops the
 * JVM; Jetty 12's module requires {@code org.slf4j}, which Pebble's slf4j-api 1.7.25, the version
 * Maven picks today, does not provide; and Jackson, Pebble and AsciidoctorJ reflect into Docstack's
 * classes, so the module would have to be {@code open}. With those worked around (an
 * {@code open module}, slf4j-api 2, {@code jdk.httpserver} added for the tests) it compiled, and
 * the four test classes tried on the module path (golden, architecture, inventory files, source
 * tally) passed.
 */
package io.docstack;
