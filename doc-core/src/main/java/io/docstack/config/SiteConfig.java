package io.docstack.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.docstack.model.Diagnostic;
import io.docstack.model.Severity;

/**
 * Everything a build needs to know. Immutable; build one with {@link #builder(Path)}.
 *
 * @param baseDir       folder that diagnostics' file paths are shown relative to (the repository
 *                      or reactor root)
 * @param title         site title
 * @param siteUrl       absolute {@code http} or {@code https} URL the site is published at (for
 *                      sitemap.xml and canonical links), or null
 * @param projects      projects in the order they are listed on the landing page
 * @param output        folder the site is written to; replaced atomically
 * @param themeDir      folder whose templates and assets override the default theme's, or null
 * @param limits        input limits
 * @param severities    per-rule severity overrides (rule id to severity)
 * @param threads       worker threads for conversion and rendering (default: available cores)
 * @param inventories   link inventories of projects not built here: paths (relative to
 *                      {@code baseDir}, {@code .json} or a {@code .zip}/{@code .jar} holding one) or
 *                      http(s) URLs; xrefs into their projects are validated against them
 * @param minApiCoverage percentage (0–100) of each service's operations that pages must reference;
 *                      below it, rule {@code api.coverage} reports the service (0: never)
 * @param antoraSources Antora content roots (folders with an {@code antora.yml}), read as they are:
 *                      each component version is a project of the site, one component may come from
 *                      several roots
 * @param attributes    AsciiDoc attributes every page of the Antora content gets (an Antora playbook's
 *                      {@code asciidoc.attributes}: {@code page-…} attributes and the like), in
 *                      {@link AsciidocAttributes}' form (an unset one as {@code name!})
 * @param gitSources    git repositories whose matching branches and tags are versions of the site
 * @param bundles       docs bundles ({@code doc:bundle} zips) whose projects are part of the site
 * @param publishOnError whether a build with error-level problems replaces the output folder
 *                      (default true); when false, the published site is kept and the failed one
 *                      is left beside it for inspection ({@code site.failed} next to {@code site})
 * @param startPage     the site's home page, as an Antora playbook's {@code site.start_page}: a page
 *                      id {@code [version@]component:[module]:page.adoc} ({@code ROOT::index.adoc},
 *                      {@code guide::intro.adoc}); the site's {@code index.html} sends the reader there.
 *                      Null for none: a page at the site root's {@code index.html} (of the {@code ROOT}
 *                      component), else Docstack's landing page
 */
public record SiteConfig(Path baseDir, String title, String siteUrl, List<ProjectConfig> projects, Path output,
                         Path themeDir, Limits limits, Map<String, Severity> severities, int threads,
                         List<String> inventories, double minApiCoverage, List<Path> antoraSources,
                         Map<String, String> attributes, List<GitSource> gitSources, List<BundleSource> bundles,
                         boolean publishOnError, String startPage) {

    public SiteConfig {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(output, "output");
        title = title == null || title.isBlank() ? "Documentation" : title;
        projects = List.copyOf(projects);
        limits = limits == null ? Limits.DEFAULTS : limits;
        severities = Map.copyOf(severities);
        inventories = List.copyOf(inventories);
        antoraSources = antoraSources == null ? List.of() : List.copyOf(antoraSources);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        gitSources = gitSources == null ? List.of() : List.copyOf(gitSources);
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
        startPage = startPage == null || startPage.isBlank() ? null : startPage.strip();
        if (!(minApiCoverage >= 0 && minApiCoverage <= 100)) {
            throw new IllegalArgumentException("minApiCoverage must be a percentage from 0 to 100, not " + minApiCoverage);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (siteUrl != null && !siteUrl.isBlank() && !siteUrl.strip().matches("(?i)https?://[^\\s]+")) {
            // Written into every page's canonical link: the one scheme allowlist holds for it too.
            throw new IllegalArgumentException("siteUrl must be an absolute http or https URL, not '" + siteUrl + "'");
        }
        if (siteUrl != null && !siteUrl.isBlank() && !siteUrl.endsWith("/")) {
            siteUrl = siteUrl + "/";
        }
    }

    /** {@code diagnostics} with the configured per-rule severities applied, sorted as reports list them. */
    public List<Diagnostic> withSeverities(List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            Severity override = severities.get(diagnostic.rule());
            out.add(override == null ? diagnostic : diagnostic.withSeverity(override));
        }
        Collections.sort(out);
        return out;
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** Mutable builder for {@link SiteConfig}; not thread-safe. */
    public static final class Builder {
        private final Path baseDir;
        private String title;
        private String siteUrl;
        private final List<ProjectConfig> projects = new ArrayList<>();
        private Path output;
        private Path themeDir;
        private Limits limits = Limits.DEFAULTS;
        private final Map<String, Severity> severities = new java.util.HashMap<>();
        private double minApiCoverage;
        private int threads = Runtime.getRuntime().availableProcessors();
        private final List<String> inventories = new ArrayList<>();
        private final List<Path> antoraSources = new ArrayList<>();
        private final Map<String, String> attributes = new java.util.LinkedHashMap<>();
        private final List<GitSource> gitSources = new ArrayList<>();
        private final List<BundleSource> bundles = new ArrayList<>();
        private boolean publishOnError = true;
        private String startPage;

        private Builder(Path baseDir) {
            this.baseDir = baseDir;
            this.output = baseDir.resolve("target/site");
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder siteUrl(String value) {
            siteUrl = value;
            return this;
        }

        public Builder project(ProjectConfig value) {
            projects.add(value);
            return this;
        }

        public Builder output(Path value) {
            output = value;
            return this;
        }

        public Builder themeDir(Path value) {
            themeDir = value;
            return this;
        }

        public Builder limits(Limits value) {
            limits = value;
            return this;
        }

        public Builder severity(String rule, Severity severity) {
            severities.put(rule, severity);
            return this;
        }

        public Builder minApiCoverage(double value) {
            minApiCoverage = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder inventory(String location) {
            inventories.add(location);
            return this;
        }

        /** An Antora content root, resolved against the base folder. */
        public Builder antoraSource(Path root) {
            antoraSources.add(baseDir.resolve(root).toAbsolutePath().normalize());
            return this;
        }

        /**
         * An attribute as the POM writes it: {@code false} unsets it softly (a component or page may
         * set it), {@code ~} unsets it hard, a value ending in {@code @} is soft set; see
         * {@link AsciidocAttributes}.
         */
        public Builder attribute(String name, String value) {
            AsciidocAttributes.put(attributes, name, "~".equals(value) ? null : value);
            return this;
        }

        public Builder gitSource(GitSource value) {
            gitSources.add(value);
            return this;
        }

        public Builder bundle(BundleSource value) {
            bundles.add(value);
            return this;
        }

        public Builder publishOnError(boolean value) {
            publishOnError = value;
            return this;
        }

        /** The site's home page: a page id such as {@code ROOT::index.adoc} (see {@link SiteConfig#startPage()}). */
        public Builder startPage(String value) {
            startPage = value;
            return this;
        }

        public SiteConfig build() {
            return new SiteConfig(baseDir, title, siteUrl, projects, output, themeDir, limits, severities, threads,
                    inventories, minApiCoverage, antoraSources, attributes, gitSources, bundles, publishOnError, startPage);
        }
    }
}
