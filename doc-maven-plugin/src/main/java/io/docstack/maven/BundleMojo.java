package io.docstack.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import io.docstack.Docstack;
import io.docstack.build.BundleResult;
import io.docstack.config.ProjectConfig;

/**
 * Packages this module's docs as a docs bundle: a zip of its docs folder, its OpenAPI specs and its
 * link inventory, attached to the build with classifier {@code docs} (type {@code zip}), so that
 * {@code mvn install} or {@code mvn deploy} publishes it beside the module's other artifacts. A
 * site built elsewhere lists it in {@code <bundles>} by its coordinates ({@code groupId:artifactId:version}),
 * and other projects' gates validate their references into it from its inventory.
 *
 * <p>The module's docs are validated first, as {@code doc:check} would (against the link
 * inventories in {@code <inventories>}); errors fail the build unless {@code failOnError} is false,
 * and nothing is attached then. The project is named, versioned and titled like a reactor module
 * in {@code doc:build} (artifactId, version, name; {@code doc.project.*} properties override them).
 * Bound to {@code package}; a module without a docs folder is skipped.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BundleMojo extends SiteMojo {

    /** The bundle written and attached. */
    @Parameter(property = "doc.bundleFile", defaultValue = "${project.build.directory}/${project.build.finalName}-docs.zip")
    File bundleFile;

    /** Attach the bundle to the project (classifier {@code docs}), so that install and deploy publish it. */
    @Parameter(property = "doc.attachBundle", defaultValue = "true")
    boolean attach;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Docstack bundle skipped (doc.skip)");
            return;
        }
        Path docs = project.getBasedir().toPath().resolve(docsDirectory);
        if (!Files.isDirectory(docs)) {
            getLog().info("Docstack bundle: " + project.getArtifactId() + " has no " + docsDirectory + "; nothing to bundle");
            return;
        }
        ProjectConfig own = moduleProject(project, docs, baseDir());
        BundleResult result;
        try {
            result = Docstack.bundle(config(own), bundleFile.toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid Docstack configuration: " + e.getMessage(), e);
        }
        Diagnostics.log(getLog(), result.diagnostics());
        Diagnostics.failIfErrors(result.diagnostics(), failOnError);
        getLog().info(String.format(Locale.ROOT, "Docstack: bundle of %s %s (%d pages) written to %s", own.name(),
                own.version(), result.pages(), result.bundle()));
        if (attach) {
            projectHelper.attachArtifact(project, "zip", "docs", bundleFile);
        }
    }
}
