package io.docstack.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

import io.docstack.config.AnchorStyle;
import io.docstack.config.GitSource;
import io.docstack.config.Limits;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Severity;

/**
 * Parameters every Docstack goal shares (which projects make the site, limits, severities) and
 * their translation into a {@link SiteConfig}. Goals add their own parameters and call one
 * {@code io.docstack.Docstack} entry point.
 */
abstract class SiteMojo extends AbstractMojo {

    /**
     * Projects from folders, listed before reactor modules on the landing page: {@code <project><name>…</name><docs>…</docs><version>…</version>
     * <title>…</title><description>…</description><editUrl>…</editUrl><anchors>github|mkdocs</anchors>
     * <specs><spec>…</spec></specs></project>}.
     */
    @Parameter
    List<Project> projects = new ArrayList<>();

    /**
     * Whether every reactor module that has a docs folder ({@code docsDirectory}) is a project.
     * Its name is the artifactId, its version the module's version, its title the module's
     * {@code <name>}; module properties {@code doc.project.name}, {@code doc.project.version} and
     * {@code doc.project.title} override them.
     */
    @Parameter(property = "doc.reactorDocs", defaultValue = "true")
    boolean reactorDocs;

    /** Docs folder of a reactor module, relative to the module. */
    @Parameter(property = "doc.docsDirectory", defaultValue = "src/docs")
    String docsDirectory;

    /**
     * Link inventories of projects not built here, so that {@code xref:}s into them are validated
     * and their links into this site are checked: a path ({@code .json}, or a {@code .zip}/{@code .jar}
     * holding {@code docstack-inventory.json}), an http(s) URL, or Maven coordinates
     * {@code groupId:artifactId:version} (the {@code docs} zip) or
     * {@code groupId:artifactId:extension:classifier:version}. Comma-separated on the command line.
     */
    @Parameter(property = "doc.inventories")
    List<String> inventories = new ArrayList<>();

    /**
     * Antora content roots, folders that hold an {@code antora.yml}, relative to the project: read
     * as they are ({@code modules/*&#47;pages}, partials, examples, images, attachments,
     * {@code nav.adoc}). Each component version is a project of the site; roots that name the same
     * component version make one. {@code <antoraSources><antoraSource>docs</antoraSource></antoraSources>}
     */
    @Parameter
    List<String> antoraSources = new ArrayList<>();

    /**
     * Git repositories whose matching branches and tags are versions of the site, read with JGit
     * from the git objects (no checkout, no {@code git} binary):
     * {@code <gitSources><gitSource><repository>../compute</repository><branches><branch>release/*</branch></branches>
     * <tags><tag>v*</tag></tags><startPath>src/docs</startPath></gitSource></gitSources>}. The version is what the
     * pattern's {@code *} matched ({@code release/2.1} gives {@code 2.1}); a start path holding an
     * {@code antora.yml} is Antora content, versioned by it.
     */
    @Parameter
    List<GitRepository> gitSources = new ArrayList<>();

    /**
     * Docs bundles to assemble into the site, as made by {@code doc:bundle}: Maven coordinates
     * {@code groupId:artifactId:version} (the artifact with classifier {@code docs}, type {@code zip}),
     * resolved like any dependency, or a path to the zip. Comma-separated on the command line.
     */
    @Parameter(property = "doc.bundles")
    List<String> bundles = new ArrayList<>();

    /**
     * Docs bundles whose content is trusted like the POM's own folders (their raw HTML is kept as
     * written), given like {@code bundles}. Bundles in {@code bundles} are not trusted: their raw
     * HTML is sanitized (see the guide's security page).
     */
    @Parameter(property = "doc.trustedBundles")
    List<String> trustedBundles = new ArrayList<>();

    /** Where remote git sources are kept as bare mirrors between builds. */
    @Parameter(property = "doc.gitCache", defaultValue = "${project.build.directory}/docstack-git")
    File gitCache;

    /**
     * AsciiDoc attributes every page of the Antora content gets, as a playbook's
     * {@code asciidoc.attributes} ({@code page-…} attributes and the like): {@code false} unsets
     * one softly, {@code ~} hard, a value ending in {@code @} is soft set. A component's
     * {@code antora.yml} may reassign only the soft ones, as in Antora.
     */
    @Parameter
    Map<String, String> asciidocAttributes = Map.of();

    /**
     * The site's home page, as an Antora playbook's {@code site.start_page}: a page id such as
     * {@code ROOT::index.adoc} or {@code guide::intro.adoc} ({@code 2.0@guide:admin:setup.adoc}
     * for a version and module; without a version, the latest). The site's {@code index.html}
     * sends the reader there, unless the {@code ROOT} component has a page there. Optional.
     */
    @Parameter(property = "doc.startPage")
    String startPage;

    /**
     * Percentage (0–100) of each service's operations that pages must reference; a service below
     * it gets an {@code api.coverage} warning. 0 turns the check off.
     */
    @Parameter(property = "doc.minApiCoverage", defaultValue = "0")
    double minApiCoverage;

    /** Fail the Maven build when an error-level problem is found. */
    @Parameter(property = "doc.failOnError", defaultValue = "true")
    boolean failOnError;

    /**
     * Web URL of the source repository (GitHub, GitLab, Gitea style). With it every page gets an
     * "edit this page" link: {@code repositoryUrl/edit/editBranch/path-from-the-root}.
     */
    @Parameter(property = "doc.repositoryUrl")
    String repositoryUrl;

    /** Branch used in "edit this page" links. */
    @Parameter(property = "doc.editBranch", defaultValue = "main")
    String editBranch;

    /** Skip the goal. */
    @Parameter(property = "doc.skip", defaultValue = "false")
    boolean skip;

    /** Largest page source read, in bytes; larger pages are reported (rule source.limit). */
    @Parameter(property = "doc.maxFileBytes", defaultValue = "4194304")
    long maxFileBytes;

    /** Deepest Markdown block nesting and most emphasis markers per line before a page is refused. */
    @Parameter(property = "doc.maxNesting", defaultValue = "64")
    int maxNesting;

    /** Deepest chain of AsciiDoc includes. */
    @Parameter(property = "doc.maxIncludeDepth", defaultValue = "16")
    int maxIncludeDepth;

    /** Most AsciiDoc includes one page (or one nav.adoc) may resolve, counting the includes of included files. */
    @Parameter(property = "doc.maxIncludes", defaultValue = "1000")
    int maxIncludes;

    /** Most bytes all AsciiDoc includes of one page (or one nav.adoc) may add. */
    @Parameter(property = "doc.maxIncludedBytes", defaultValue = "8388608")
    long maxIncludedBytes;

    /** Most text AsciiDoc attribute references may add to one page, counted at every substitution. */
    @Parameter(property = "doc.maxAttributeBytes", defaultValue = "4194304")
    long maxAttributeBytes;

    /** Most files one docs bundle or one git ref may hold; a larger one is left out whole (rule source.limit / source.bundle). */
    @Parameter(property = "doc.maxSourceEntries", defaultValue = "50000")
    int maxSourceEntries;

    /** Most bytes one docs bundle or one git ref may hold in memory (each file counts as its size in whole KiB, plus 1 KiB). */
    @Parameter(property = "doc.maxSourceBytes", defaultValue = "134217728")
    long maxSourceBytes;

    /** Most bytes all docs bundles and git refs may hold in memory together, counted as maxSourceBytes counts. */
    @Parameter(property = "doc.maxTotalSourceBytes", defaultValue = "268435456")
    long maxTotalSourceBytes;

    /** Largest asset (any file that is not a page) copied into the site; a larger one is left out (rule source.limit). */
    @Parameter(property = "doc.maxAssetBytes", defaultValue = "33554432")
    long maxAssetBytes;

    /** Time allowed for fetching a link inventory from a URL, from connecting to its last byte: 500ms, 30s, 2m. */
    @Parameter(property = "doc.inventoryTimeout", defaultValue = "30s")
    String inventoryTimeout;

    /** Per-rule severity overrides, e.g. {@code <severities><link.anchor>warning</link.anchor></severities>}. */
    @Parameter
    Map<String, String> severities = Map.of();

    /** Worker threads for conversion and rendering; 0 means one per available core. */
    @Parameter(property = "doc.threads", defaultValue = "0")
    int threads;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Component
    RepositorySystem repositorySystem;

    /** The site configuration these parameters describe; goal-specific settings are added by {@link #customize}. */
    SiteConfig config() throws MojoExecutionException {
        return configure(this::addSources);
    }

    /** The configuration of one project alone, with the settings every goal shares ({@code doc:bundle}). */
    SiteConfig config(ProjectConfig only) throws MojoExecutionException {
        return configure(builder -> builder.project(only));
    }

    /** The projects, Antora roots, git sources and bundles of the site. */
    private void addSources(SiteConfig.Builder builder) {
        Path base = baseDir();
        // Listed projects come first: the landing page and the switcher keep this order.
        for (Project listed : projects) {
            builder.project(listedProject(listed, base));
        }
        if (reactorDocs) {
            for (MavenProject module : session.getProjects()) {
                Path docs = module.getBasedir().toPath().resolve(docsDirectory);
                if (Files.isDirectory(docs)) {
                    builder.project(moduleProject(module, docs, base));
                }
            }
        }
        antoraSources.forEach(root -> builder.antoraSource(Path.of(root.strip())));
        Artifacts artifacts = new Artifacts(repositorySystem, session);
        for (String location : bundles) {
            builder.bundle(artifacts.bundle(location.strip(), project.getBasedir().toPath()));
        }
        for (String location : trustedBundles) {
            builder.bundle(artifacts.bundle(location.strip(), project.getBasedir().toPath()).withTrusted(true));
        }
        for (GitRepository git : gitSources) {
            builder.gitSource(gitSource(git));
        }
    }

    private SiteConfig configure(java.util.function.Consumer<SiteConfig.Builder> sources) throws MojoExecutionException {
        Path base = baseDir();
        SiteConfig.Builder builder = SiteConfig.builder(base)
                .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
                .minApiCoverage(minApiCoverage)
                .startPage(startPage);
        try {
            // Inside the try: a negative limit or a bad duration is a configuration error, not a crash.
            builder.limits(new Limits(maxFileBytes, maxNesting, Limits.DEFAULTS.maxFrontMatterBytes(),
                    Limits.DEFAULTS.maxYamlAliases(), maxIncludeDepth).withSources(maxSourceEntries, maxSourceBytes)
                    .withTotalSourceBytes(maxTotalSourceBytes).withAssetBytes(maxAssetBytes)
                    .withInventoryTimeout(Durations.parse("doc.inventoryTimeout", inventoryTimeout))
                    .withAsciidoc(maxIncludes, maxIncludedBytes, maxAttributeBytes));
            sources.accept(builder);
            asciidocAttributes.forEach((name, value) -> builder.attribute(name, value == null ? "" : value));
            severities.forEach((rule, severity) -> builder.severity(rule, severity(rule, severity)));
            Artifacts artifacts = new Artifacts(repositorySystem, session);
            for (String location : inventories) {
                builder.inventory(artifacts.locate(location.strip(), base));
            }
            customize(builder);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid Docstack configuration: " + e.getMessage(), e);
        }
        return builder.build();
    }

    /** Adds the goal's own settings. */
    void customize(SiteConfig.Builder builder) {
    }

    /** {@code repositoryUrl/edit/branch/<docs folder from the root>/}, or null without a repository URL. */
    String editUrl(Path docs, Path base) {
        if (repositoryUrl == null || repositoryUrl.isBlank()) {
            return null;
        }
        String repo = repositoryUrl.endsWith("/") ? repositoryUrl.substring(0, repositoryUrl.length() - 1) : repositoryUrl;
        return repo + "/edit/" + editBranch + "/" + relative(base, docs) + "/";
    }

    /** The folder diagnostics are shown relative to: where Maven was started. */
    Path baseDir() {
        return session.getExecutionRootDirectory() == null ? project.getBasedir().toPath()
                : Path.of(session.getExecutionRootDirectory());
    }

    /** Logs that there is nothing to do; true when the goal should stop. */
    boolean nothingToDo(SiteConfig config) {
        if (config.projects().isEmpty() && config.antoraSources().isEmpty() && config.gitSources().isEmpty()
                && config.bundles().isEmpty()) {
            getLog().warn("No documentation projects: no reactor module has " + docsDirectory
                    + ", <projects>, <antoraSources>, <gitSources> and <bundles> are empty. Nothing to do.");
            return true;
        }
        return false;
    }

    private GitSource gitSource(GitRepository git) {
        if (git.repository == null || git.repository.isBlank()) {
            throw new IllegalArgumentException("every <gitSource> needs <repository>");
        }
        List<String> startPaths = new ArrayList<>();
        if (git.startPath != null) {
            startPaths.add(git.startPath);
        }
        if (git.startPaths != null) {
            startPaths.addAll(git.startPaths);
        }
        GitSource probe = new GitSource(git.repository.strip(), git.branches, git.tags, startPaths, git.name, git.title,
                git.description, anchors(git.anchors), gitCache.toPath());
        // A local path is relative to the POM, like every other path here; doc-core shows it relative to the base.
        String repository = probe.remote() ? probe.repository()
                : project.getBasedir().toPath().resolve(probe.repository()).normalize().toString();
        return new GitSource(repository, probe.branches(), probe.tags(), probe.startPaths(), probe.projectName(),
                probe.title(), probe.description(), probe.anchors(), probe.cacheDir(), git.trusted);
    }

    ProjectConfig moduleProject(MavenProject module, Path docs, Path base) {
        var properties = module.getProperties();
        String name = properties.getProperty("doc.project.name", module.getArtifactId());
        String version = properties.getProperty("doc.project.version", module.getVersion());
        String title = properties.getProperty("doc.project.title", module.getName());
        AnchorStyle anchors = anchors(properties.getProperty("doc.project.anchors"));
        boolean trusted = !"false".equalsIgnoreCase(properties.getProperty("doc.project.trusted", "true").strip());
        return new ProjectConfig(name, title, module.getDescription(), version, docs, editUrl(docs, base), anchors, null,
                trusted);
    }

    private ProjectConfig listedProject(Project listed, Path base) {
        if (listed.name == null || listed.docs == null) {
            throw new IllegalArgumentException("every <project> needs <name> and <docs>");
        }
        Path docs = listed.docs.isAbsolute() ? listed.docs.toPath()
                : project.getBasedir().toPath().resolve(listed.docs.toPath());
        String version = listed.version != null ? listed.version : project.getVersion();
        String edit = listed.editUrl != null ? listed.editUrl : editUrl(docs, base);
        List<Path> specs = listed.specs == null ? null : listed.specs.stream()
                .map(f -> f.isAbsolute() ? f.toPath() : project.getBasedir().toPath().resolve(f.toPath())).toList();
        return new ProjectConfig(listed.name, listed.title, listed.description, version, docs, edit,
                anchors(listed.anchors), specs, listed.trusted == null || listed.trusted, listed.includes, listed.excludes);
    }

    private static AnchorStyle anchors(String value) {
        if (value == null || value.isBlank()) {
            return AnchorStyle.GITHUB;
        }
        try {
            return AnchorStyle.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("anchors must be github or mkdocs, not '" + value + "'");
        }
    }

    private static Severity severity(String rule, String value) {
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("severity of " + rule + " must be error, warning or info, not '" + value + "'");
        }
    }

    static String relative(Path base, Path file) {
        return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(File.separatorChar, '/');
    }
}
