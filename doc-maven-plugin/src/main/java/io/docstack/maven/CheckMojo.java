package io.docstack.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.docstack.Docstack;
import io.docstack.check.CheckResult;
import io.docstack.config.CheckOptions;
import io.docstack.config.ExternalOptions;
import io.docstack.config.SiteConfig;
import io.docstack.report.GithubAnnotations;

/**
 * The review gate: aggregates and validates every page, link, anchor and cross-project reference
 * of the site without rendering it, and fails when an error-level problem exists. Reports go to
 * the console (sorted by file and line, then a summary per rule and project), to SARIF 2.1.0 and
 * JUnit XML files, and, when {@code GITHUB_ACTIONS=true}, to GitHub workflow annotations and the
 * job summary.
 *
 * <p>{@code -Ddoc.check.baseline=FILE} counts only problems that the baseline does not hold
 * ({@code -Ddoc.check.writeBaseline} writes it); {@code -Ddoc.check.since=REF} counts only the
 * problems in files changed since a git reference and those the change causes elsewhere.
 * Bound to {@code verify}, so that {@code mvn verify} is the gate. Runs once per reactor.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
public class CheckMojo extends SiteMojo {

    /** Folder the SARIF ({@code results.sarif}) and JUnit ({@code junit.xml}) reports are written to. */
    @Parameter(property = "doc.check.reportDirectory", defaultValue = "${project.build.directory}/doc-check")
    File reportDirectory;

    /** Baseline file: only problems it does not hold fail the gate (fingerprints survive moved lines). */
    @Parameter(property = "doc.check.baseline")
    File baseline;

    /** Write the current problems to {@code baseline} (default {@code doc-check-baseline.json}) and pass. */
    @Parameter(property = "doc.check.writeBaseline", defaultValue = "false")
    boolean writeBaseline;

    /**
     * Git reference (branch, tag, commit, {@code HEAD~1}): report only problems in files changed
     * since it, plus problems elsewhere that the change causes (links to pages or anchors it
     * removed or renamed).
     */
    @Parameter(property = "doc.check.since")
    String since;

    /**
     * Remember what each page contains (keyed by its text's hash) so that the next check converts
     * only the pages that changed, as ESLint's {@code --cache}. Restore {@code cacheFile} in CI to
     * make pull-request checks fast.
     */
    @Parameter(property = "doc.check.cache", defaultValue = "true")
    boolean cache;

    /** Where the check's cache is kept. */
    @Parameter(property = "doc.check.cacheFile", defaultValue = "${project.build.directory}/doc-check-cache/pages.bin")
    File cacheFile;

    /** Also check external {@code http(s)://} links (needs network; off by default). */
    @Parameter(property = "doc.check.external", defaultValue = "false")
    boolean external;

    /** Check external links only from the cache: fresh successes pass, nothing is fetched, the rest is skipped. */
    @Parameter(property = "doc.check.external.offline", defaultValue = "false")
    boolean externalOffline;

    /** Regular expressions; external links whose URL contains a match are not checked. */
    @Parameter(property = "doc.check.external.exclude")
    List<String> externalExclude = new ArrayList<>();

    /** Cache of external links that worked; kept across builds (and {@code mvn clean}). Failures are never cached. */
    @Parameter(property = "doc.check.external.cache", defaultValue = "${user.home}/.cache/docstack/external-links.json")
    File externalCache;

    /** How long a cached success counts: {@code 24h}, {@code 30m}, {@code 7d} or ISO-8601 ({@code PT24H}). */
    @Parameter(property = "doc.check.external.maxAge", defaultValue = "24h")
    String externalMaxAge;

    /** Most external requests in flight in total. */
    @Parameter(property = "doc.check.external.concurrency", defaultValue = "8")
    int externalConcurrency;

    /** Most external requests in flight to one host. */
    @Parameter(property = "doc.check.external.perHost", defaultValue = "2")
    int externalPerHost;

    /** Least time between two requests to one host: {@code 100ms}, {@code 1s}. */
    @Parameter(property = "doc.check.external.delay", defaultValue = "100ms")
    String externalDelay;

    /** Time allowed to connect, and again to receive the response headers: {@code 10s}. */
    @Parameter(property = "doc.check.external.timeout", defaultValue = "10s")
    String externalTimeout;

    /** How often a link answered with 5xx, 408 or 429 is tried again (with backoff, honouring Retry-After). */
    @Parameter(property = "doc.check.external.retries", defaultValue = "2")
    int externalRetries;

    /** Most redirects followed from one link. */
    @Parameter(property = "doc.check.external.maxRedirects", defaultValue = "5")
    int externalMaxRedirects;

    /** Also check links to loopback, private and link-local addresses (refused by default: rule external.private). */
    @Parameter(property = "doc.check.external.allowPrivate", defaultValue = "false")
    boolean externalAllowPrivate;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Docstack check skipped (doc.skip)");
            return;
        }
        SiteConfig config = config();
        if (nothingToDo(config)) {
            return;
        }
        long start = System.nanoTime();
        CheckResult result;
        try {
            result = Docstack.check(config, options());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid Docstack configuration: " + e.getMessage(), e);
        }
        Diagnostics.log(getLog(), result.reported(), result.console());
        githubActions(result);
        result.notes().forEach(note -> getLog().info("Docstack: " + note));
        // From the catalog, not the configuration: Antora roots, git refs and bundles are projects too.
        getLog().info(String.format(Locale.ROOT, "Docstack check: %d pages of %s in %d ms (%s)",
                result.pages(), result.sources().describe(), (System.nanoTime() - start) / 1_000_000,
                result.stageSummary()));
        Diagnostics.failIfErrors(result.reported(), failOnError);
    }

    private CheckOptions options() {
        File baselineFile = baseline;
        if (writeBaseline && baselineFile == null) {
            baselineFile = project.getBasedir().toPath().resolve("doc-check-baseline.json").toFile();
        }
        return new CheckOptions(reportDirectory.toPath(), baselineFile == null ? null : baselineFile.toPath(),
                writeBaseline, since, external ? externalOptions() : null, cache ? cacheFile.toPath() : null);
    }

    private ExternalOptions externalOptions() {
        return ExternalOptions.DEFAULTS
                .withOffline(externalOffline)
                .withExclude(externalExclude)
                .withCacheFile(externalCache == null ? null : externalCache.toPath())
                .withCacheMaxAge(Durations.parse("doc.check.external.maxAge", externalMaxAge))
                .withMaxConcurrency(externalConcurrency)
                .withMaxPerHost(externalPerHost)
                .withPerHostDelay(Durations.parse("doc.check.external.delay", externalDelay))
                .withTimeout(Durations.parse("doc.check.external.timeout", externalTimeout))
                .withRetries(externalRetries)
                .withMaxRedirects(externalMaxRedirects)
                .withAllowPrivate(externalAllowPrivate);
    }

    /** Annotations on the pull request's diff, and the full list in the job summary (annotations are capped). */
    private void githubActions(CheckResult result) throws MojoExecutionException {
        Map<String, String> env = System.getenv();
        if (!GithubAnnotations.enabled(env)) {
            return;
        }
        // Printed straight to stdout: the runner reads workflow commands only at the start of a line.
        GithubAnnotations.lines(result.reported(), result.repoPrefix()).forEach(System.out::println);
        String summaryFile = env.get("GITHUB_STEP_SUMMARY");
        if (summaryFile != null && !summaryFile.isBlank()) {
            try {
                Files.writeString(Path.of(summaryFile), GithubAnnotations.stepSummary(result.reported(), result.repoPrefix()),
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write the GitHub job summary " + summaryFile, e);
            }
        }
    }
}
