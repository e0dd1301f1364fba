package io.docstack.maven;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.docstack.Docstack;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.serve.Preview;

/**
 * Previews the documentation site: builds it in memory (nothing is written to the output folder),
 * serves it on {@code http://127.0.0.1:8000/}, watches every page, asset, navigation file, spec
 * and theme override, rebuilds after each save and reloads the browser pages that changed.
 * The first build logs every problem, later builds the new ones and how many went away; problems
 * never stop the preview. Stop it with Ctrl-C.
 *
 * <p>Run it without a lifecycle phase: {@code mvn doc:serve}.
 */
@Mojo(name = "serve", aggregator = true, threadSafe = true)
public class ServeMojo extends BuildMojo {

    /**
     * Address to listen on. The default, 127.0.0.1, keeps the preview on this machine; 0.0.0.0
     * shares it with the network (Docstack warns: anyone who reaches the port can read the site).
     */
    @Parameter(property = "doc.host", defaultValue = "127.0.0.1")
    String host;

    /** Port to listen on; 0 picks a free one. The URL is printed either way. */
    @Parameter(property = "doc.port", defaultValue = "8000")
    int port;

    /**
     * More host names the preview answers for, besides localhost, names under .localhost,
     * 127.0.0.0/8, [::1] and the host it listens on (any IP address when that is 0.0.0.0). A
     * request naming another host gets 421, so that no web page can reach the preview through a
     * name of its own (DNS rebinding). Each entry is a name, an IP address, or a domain with a
     * leading dot (.example.test: it and every name under it); separate them with commas on the
     * command line.
     */
    @Parameter(property = "doc.allowedHosts")
    List<String> allowedHosts;

    /** The problems of the last build logged, and whether one was. */
    private Set<Diagnostic> lastProblems = Set.of();
    private boolean reported;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        SiteConfig config = config();
        if (nothingToDo(config)) {
            return;
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            getLog().warn("Docstack preview listens on " + host + ": other machines can read the site");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Preview preview;
        try {
            preview = Docstack.serve(config, host, port, allowedHosts == null ? List.of() : allowedHosts, this::report);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new MojoExecutionException(e.getMessage() + " (choose another with -Ddoc.port=…, or 0 for any free port)", e);
        }
        Thread shutdown = new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "docstack-preview-stop");
        Runtime.getRuntime().addShutdownHook(shutdown);
        getLog().info("Docstack preview: " + preview.url() + " (Ctrl-C stops)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
    }

    /**
     * Logs a build: the first with all its problems, later ones with the problems that are new
     * since the build before (a long list repeated after every save would bury them) and how many
     * went away. Called on the preview's build thread only.
     */
    private void report(Preview.Rebuilt build) {
        if (build.failure() != null) {
            getLog().error("Docstack preview: the rebuild failed, the last site stays served: " + build.failure());
            return;
        }
        List<Diagnostic> fresh = build.diagnostics().stream().filter(d -> !lastProblems.contains(d)).toList();
        long gone = lastProblems.stream().filter(d -> !build.diagnostics().contains(d)).count();
        Diagnostics.log(getLog(), fresh);
        String problems = reported ? String.format(Locale.ROOT, "; problems: %d new, %d gone, %d in all",
                fresh.size(), gone, build.diagnostics().size()) : "";
        getLog().info(String.format(Locale.ROOT, "Docstack preview: built %d files in %d ms, %d changed%s",
                build.files(), build.millis(), build.changed().size(), problems));
        if (getLog().isDebugEnabled()) {
            StringBuilder stages = new StringBuilder("Docstack preview stages:");
            build.stages().forEach((stage, time) -> stages.append(' ').append(stage).append(' ').append(time.toMillis()).append(" ms,"));
            getLog().debug(stages.substring(0, stages.length() - 1));
        }
        lastProblems = new HashSet<>(build.diagnostics());
        reported = true;
    }
}
