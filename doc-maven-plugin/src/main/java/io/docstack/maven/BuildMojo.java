package io.docstack.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.docstack.Docstack;
import io.docstack.build.BuildResult;
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

    /**
     * Folder the site is written to. It is replaced as a whole, atomically, so it must be a folder
     * of its own: Docstack refuses one that is or holds the project, a docs, spec or theme folder,
     * or that exists, is not empty and was not written by Docstack (it has no {@code .docstack-site}
     * file). With {@code failOnError}, a build with errors keeps the site that is there and leaves
     * its own beside it, in {@code <outputDirectory>.failed}.
     */
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
        BuildResult result;
        try {
            result = Docstack.build(config);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid Docstack configuration: " + e.getMessage(), e);
        }
        Diagnostics.log(getLog(), result.diagnostics());
        long millis = (System.nanoTime() - start) / 1_000_000;
        getLog().info(String.format(Locale.ROOT, "Docstack: %d pages, %d assets from %s written to %s in %d ms",
                result.pages(), result.assets(), result.sources().describe(), result.site(), millis));
        getLog().info("Docstack stages: " + result.stageSummary());
        if (result.published()) {
            getLog().info("Docstack: search index in " + Docstack.searchIndex(result.site()));
        } else {
            getLog().error("Docstack: the site has errors, so " + config.output() + " and its search index were kept "
                    + "as they were; this build's site is in " + result.site() + " for inspection");
        }
        Diagnostics.failIfErrors(result.diagnostics(), failOnError);
    }

    @Override
    void customize(SiteConfig.Builder builder) {
        builder.title(siteTitle)
                .siteUrl(siteUrl)
                .output(outputDirectory.toPath())
                // With failOnError a failing build must not publish: the last good site stays.
                .publishOnError(!failOnError)
                .themeDir(themeDirectory == null ? null : themeDirectory.toPath());
    }
}
