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
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import io.docstack.BuildResult;
import io.docstack.Docstack;
import io.docstack.config.Limits;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Severity;

/**
 * Builds the documentation site: aggregates the docs of every reactor module that has
 * {@code src/docs/} and of the folders listed in {@code <projects>}, converts Markdown and
 * AsciiDoc, validates every link, renders the theme and replaces the output folder atomically.
 * Problems are logged as {@code file:line:col: severity [rule] message}; the build fails only when
 * an error-level problem exists (see {@code failOnError}).
 *
 * <p>Runs once for the whole reactor, from the project Maven was started in.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, aggregator = true, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** Site title, shown in the header and on the landing page. */
    @Parameter(property = "doc.siteTitle", defaultValue = "${project.name}")
    String siteTitle;

    /** Absolute URL the site is published at; makes sitemap.xml locations absolute. Optional. */
    @Parameter(property = "doc.siteUrl")
    String siteUrl;

    /** Folder the site is written to. It is replaced as a whole, atomically. */
    @Parameter(property = "doc.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /**
     * Projects from folders, listed before reactor modules on the landing page: {@code <project><name>…</name><docs>…</docs><version>…</version>
     * <title>…</title><description>…</description><editUrl>…</editUrl></project>}.
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

    /** Folder with {@code templates/} and {@code assets/} that override the default theme's files. */
    @Parameter(property = "doc.themeDirectory")
    File themeDirectory;

    /**
     * Web URL of the source repository (GitHub, GitLab, Gitea style). With it every page gets an
     * "edit this page" link: {@code repositoryUrl/edit/editBranch/path-from-the-root}.
     */
    @Parameter(property = "doc.repositoryUrl")
    String repositoryUrl;

    /** Branch used in "edit this page" links. */
    @Parameter(property = "doc.editBranch", defaultValue = "main")
    String editBranch;

    /** Fail the Maven build when an error-level problem is found. */
    @Parameter(property = "doc.failOnError", defaultValue = "true")
    boolean failOnError;

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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Docstack build skipped (doc.skip)");
            return;
        }
        SiteConfig config = config();
        if (config.projects().isEmpty()) {
            getLog().warn("No documentation projects: no reactor module has " + docsDirectory
                    + " and <projects> is empty. Nothing to build.");
            return;
        }
        long start = System.nanoTime();
        BuildResult result = Docstack.build(config);
        Diagnostics.log(getLog(), result.diagnostics());
        long millis = (System.nanoTime() - start) / 1_000_000;
        getLog().info(String.format(Locale.ROOT, "Docstack: %d pages, %d assets from %d projects written to %s in %d ms",
                result.pages(), result.assets(), config.projects().size(), result.site(), millis));
        getLog().info("Docstack stages: " + result.stageSummary());
        Diagnostics.failIfErrors(result.diagnostics(), failOnError);
    }

    SiteConfig config() throws MojoExecutionException {
        Path base = session.getExecutionRootDirectory() == null ? project.getBasedir().toPath()
                : Path.of(session.getExecutionRootDirectory());
        SiteConfig.Builder builder = SiteConfig.builder(base)
                .title(siteTitle)
                .siteUrl(siteUrl)
                .output(outputDirectory.toPath())
                .themeDir(themeDirectory == null ? null : themeDirectory.toPath())
                .limits(new Limits(maxFileBytes, maxNesting, Limits.DEFAULTS.maxFrontMatterBytes(),
                        Limits.DEFAULTS.maxYamlAliases(), maxIncludeDepth))
                .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        try {
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
            severities.forEach((rule, severity) -> builder.severity(rule, severity(rule, severity)));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid Docstack configuration: " + e.getMessage(), e);
        }
        return builder.build();
    }

    private ProjectConfig moduleProject(MavenProject module, Path docs, Path base) {
        var properties = module.getProperties();
        String name = properties.getProperty("doc.project.name", module.getArtifactId());
        String version = properties.getProperty("doc.project.version", module.getVersion());
        String title = properties.getProperty("doc.project.title", module.getName());
        return new ProjectConfig(name, title, module.getDescription(), version, docs, editUrl(docs, base));
    }

    private ProjectConfig listedProject(Project listed, Path base) {
        if (listed.name == null || listed.docs == null) {
            throw new IllegalArgumentException("every <project> needs <name> and <docs>");
        }
        Path docs = listed.docs.isAbsolute() ? listed.docs.toPath()
                : project.getBasedir().toPath().resolve(listed.docs.toPath());
        String version = listed.version != null ? listed.version : project.getVersion();
        String edit = listed.editUrl != null ? listed.editUrl : editUrl(docs, base);
        return new ProjectConfig(listed.name, listed.title, listed.description, version, docs, edit);
    }

    /** {@code repositoryUrl/edit/branch/<docs folder from the root>/}, or null without a repository URL. */
    private String editUrl(Path docs, Path base) {
        if (repositoryUrl == null || repositoryUrl.isBlank()) {
            return null;
        }
        Path relative = base.toAbsolutePath().normalize().relativize(docs.toAbsolutePath().normalize());
        String repo = repositoryUrl.endsWith("/") ? repositoryUrl.substring(0, repositoryUrl.length() - 1) : repositoryUrl;
        return repo + "/edit/" + editBranch + "/" + relative.toString().replace(File.separatorChar, '/') + "/";
    }

    private static Severity severity(String rule, String value) {
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("severity of " + rule + " must be error, warning or info, not '" + value + "'");
        }
    }
}
