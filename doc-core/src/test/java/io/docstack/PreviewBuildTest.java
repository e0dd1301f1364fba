package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.config.SiteConfig;
import io.docstack.model.SitePath;
import io.docstack.serve.SiteSnapshot;

/**
 * The preview's incremental build on the sample suite: after each kind of edit, what it serves
 * (every file, byte for byte, every page's problems) and the problems it reports are what a whole
 * build of the same sources gives. The edits cover what an edit can reach: a page's text, an anchor
 * other projects link to, a heading and a title that links without text show, a title the
 * navigation shows, pages created and deleted, a nav file, an asset, an AsciiDoc partial, a
 * spec, the theme's files, a folder renamed, a page broken and mended by an atomic save.
 */
class PreviewBuildTest {

    @TempDir
    Path copy;
    private Path suite;
    private SiteConfig config;

    @BeforeEach
    void copySuite() throws IOException {
        suite = SampleSuite.copyTo(copy.resolve("suite"));
        Path theme = Files.createDirectories(suite.resolve("theme/assets"));
        Files.writeString(theme.resolve("custom.css"), "body { color: #111; }\n");
        config = SampleSuite.site(suite).themeDir(suite.resolve("theme")).build();
    }

    @Test
    void everyEditServesWhatAWholeBuildServes() throws IOException {
        Path network = suite.resolve("network/src/docs");
        Path ports = network.resolve("guide/ports.md");
        Path routers = network.resolve("guide/routers.md");
        try (PreviewBuild live = PreviewBuild.start(config)) {
            String portsText = Files.readString(ports);
            edit(live, ports, portsText + "\nOne more paragraph.\n");
            // links without text show their target's title or heading
            edit(live, network.resolve("guide/empty-links.md"),
                    "# Empty links\n\nSee [](ports.md#create-a-port) and [](routers.md).\n");
            edit(live, ports, portsText.replace("## Create a port {#create-a-port}", "## Create one port {#create-a-port}"));
            // compute's launch.md links to #create-a-port: its page and banner change
            edit(live, ports, portsText.replace("{#create-a-port}", "{#make-a-port}"));
            // the title is shown in the navigation of every network page
            edit(live, routers, Files.readString(routers).replace("title: Routers", "title: Virtual routers"));
            // a broken link, then the page it wants
            edit(live, routers, Files.readString(routers) + "\nSee [later](later.md) and ![map](../images/map.svg).\n");
            edit(live, network.resolve("guide/later.md"), "# Later\n\nLinks to [ports](ports.md#port-security).\n");
            edit(live, network.resolve("images/map.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
            // a page deleted: links into it break
            delete(live, network.resolve("guide/later.md"));
            // the nav file
            Path nav = network.resolve("nav.yml");
            edit(live, nav, Files.readString(nav).replace("    - guide/routers.md\n", ""));
            // a partial two AsciiDoc pages include
            Path partial = suite.resolve("identity/src/docs/_partials/common-auth.adoc");
            edit(live, partial, Files.readString(partial) + "\nEdited partial text.\n");
            // a spec: its reference pages, and every api: reference into it
            Path spec = suite.resolve("network/src/openapi/network.yaml");
            edit(live, spec, Files.readString(spec).replace("summary: Show a network", "summary: Show one network"));
            // the theme: every page
            edit(live, suite.resolve("theme/assets/custom.css"), "body { color: #222; }\n");
            edit(live, suite.resolve("theme/templates/404.peb"),
                    "{% extends \"layout.peb\" %}\n{% block content %}<h1>Nothing here</h1>{% endblock %}\n");
            // a folder renamed: the watcher reports both folders
            Path moved = network.resolve("debugging");
            Files.move(network.resolve("troubleshooting"), moved);
            applyAndCompare(live, Set.of(network.resolve("troubleshooting"), moved));
            // a page broken, then mended with an atomic save (a temporary file renamed over it)
            edit(live, ports, "---\ntitle: [unclosed\n---\n# Ports\n");
            Path temporary = Files.writeString(network.resolve("guide/ports.md.tmp"), portsText);
            Files.move(temporary, ports, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            applyAndCompare(live, Set.of(temporary, ports));
        }
    }

    private void edit(PreviewBuild live, Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        applyAndCompare(live, file);
    }

    private void delete(PreviewBuild live, Path file) throws IOException {
        Files.delete(file);
        applyAndCompare(live, file);
    }

    private void applyAndCompare(PreviewBuild live, Path file) {
        applyAndCompare(live, Set.of(file));
    }

    private void applyAndCompare(PreviewBuild live, Set<Path> files) {
        live.apply(files);
        live.complete();
        try (PreviewBuild whole = PreviewBuild.start(config)) {
            assertThat(live.result().diagnostics()).as("problems after editing %s", files)
                    .isEqualTo(whole.result().diagnostics());
            assertSameFiles(live.site(), whole.site(), files);
        }
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
}
