package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import io.docstack.config.SiteConfig;
import io.docstack.model.SitePath;
import io.docstack.serve.PreviewBuild;
import io.docstack.serve.SiteSnapshot;

/**
 * A preview's incremental build under check: each edit is applied to it, and then what it serves
 * (every file, byte for byte, every page's problems) and the problems it reports must be what a
 * whole build of the same sources gives. Shared by the tests that run kinds of edit on a site
 * ({@link PreviewBuildTest}, {@link PreviewBuildAntoraTest}). Not thread-safe, as the build is not.
 */
final class IncrementalEqualsWhole implements AutoCloseable {

    private final SiteConfig config;
    private final PreviewBuild live;

    private IncrementalEqualsWhole(SiteConfig config, PreviewBuild live) {
        this.config = config;
        this.live = live;
    }

    /** The preview's site and problems as of the last edit. */
    PreviewBuild.Result result() {
        return live.result();
    }

    /** Builds the whole site of {@code config} once, as the preview does before the first edit. */
    static IncrementalEqualsWhole start(SiteConfig config) {
        return new IncrementalEqualsWhole(config, PreviewBuild.start(config));
    }

    /** Writes {@code text} to {@code file} (creating its folders), then compares; returns the preview's result. */
    PreviewBuild.Result edit(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return applyAndCompare(Set.of(file));
    }

    /** Deletes {@code file}, then compares; returns the preview's result. */
    PreviewBuild.Result delete(Path file) throws IOException {
        Files.delete(file);
        return applyAndCompare(Set.of(file));
    }

    /**
     * Tells the preview that {@code files} changed (as its watcher would), then compares with a
     * whole build; returns the preview's result, for a test to see that the edit did what it meant.
     */
    PreviewBuild.Result applyAndCompare(Set<Path> files) {
        live.apply(files);
        live.complete();
        try (PreviewBuild whole = PreviewBuild.start(config)) {
            assertThat(live.result().diagnostics()).as("problems after editing %s", files)
                    .isEqualTo(whole.result().diagnostics());
            assertSameFiles(live.site(), whole.site(), files);
        }
        return live.result();
    }

    private static void assertSameFiles(SiteSnapshot live, SiteSnapshot whole, Set<Path> edited) {
        assertThat(new TreeSet<>(live.paths())).as("files after editing %s", edited)
                .isEqualTo(new TreeSet<>(whole.paths()));
        for (SitePath path : whole.paths()) {
            assertThat(text(live, path)).as("%s after editing %s", path, edited).isEqualTo(text(whole, path));
            assertThat(live.problems(path)).as("problems of %s after editing %s", path, edited)
                    .isEqualTo(whole.problems(path));
        }
    }

    private static String text(SiteSnapshot site, SitePath path) {
        return new String(site.file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        live.close();
    }
}
