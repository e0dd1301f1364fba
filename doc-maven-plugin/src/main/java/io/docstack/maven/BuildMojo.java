package io.docstack.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.docstack.BuildResult;
import io.docstack.Docstack;
import io.docstack.config.SiteConfig;

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
public class BuildMojo extends SiteMojo {

    /** Site title, shown in the header and on the landing page. */
    @Parameter(property = "doc.siteTitle", defaultValue = "${project.name}")
    String siteTitle;

    /** Absolute URL the site is published at; makes sitemap.xml locations absolute. Optional. */
    @Parameter(property = "doc.siteUrl")
    String siteUrl;

    /** Folder the site is written to. It is replaced as a whole, atomically. */
    @Parameter(property = "doc.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** Folder with {@code templates/} and {@code assets/} that override the default theme's files. */
    @Parameter(property = "doc.themeDirectory")
    File themeDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Docstack build skipped (doc.skip)");
            return;
        }
        SiteConfig config = config();
        if (nothingToDo(config)) {
            return;
        }
        long start = System.nanoTime();
        BuildResult result = Docstack.build(config);
        Diagnostics.log(getLog(), result.diagnostics());
        long millis = (System.nanoTime() - start) / 1_000_000;
        getLog().info(String.format(Locale.ROOT, "Docstack: %d pages, %d assets from %d projects written to %s in %d ms",
                result.pages(), result.assets(), result.projects(), result.site(), millis));
        getLog().info("Docstack stages: " + result.stageSummary());
        getLog().info("Docstack: search index in " + Docstack.searchIndex(result.site()));
        Diagnostics.failIfErrors(result.diagnostics(), failOnError);
    }

    @Override
    void customize(SiteConfig.Builder builder) {
        builder.title(siteTitle)
                .siteUrl(siteUrl)
                .output(outputDirectory.toPath())
                .themeDir(themeDirectory == null ? null : themeDirectory.toPath());
    }
}
