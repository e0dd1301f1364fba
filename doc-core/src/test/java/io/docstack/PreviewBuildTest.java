package io.docstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.docstack.config.SiteConfig;

/**
 * The preview's incremental build on the sample suite: after each kind of edit, what it serves
 * (every file, byte for byte, every page's problems) and the problems it reports are what a whole
 * build of the same sources gives. The edits cover what an edit can reach: a page's text, an anchor
 * other projects link to, a heading and a title that links without text show, a title the
 * navigation shows, pages created and deleted, a page in a new folder, a nav file, an asset, an
 * AsciiDoc partial, a spec, the theme's files, a folder renamed, a page broken and mended by an
 * atomic save. Each kind is its own case ({@link #edits}).
 */
class PreviewBuildTest {

    @TempDir
    Path copy;
    private Path suite;
    private SiteConfig config;
    private String portsText;

    @BeforeEach
    void copySuite() throws IOException {
        suite = SampleSuite.copyTo(copy.resolve("suite"));
        Path theme = Files.createDirectories(suite.resolve("theme/assets"));
        Files.writeString(theme.resolve("custom.css"), "body { color: #111; }\n");
        config = SampleSuite.site(suite).themeDir(suite.resolve("theme")).build();
    }

    /** One kind of edit: the steps it takes on the sample suite, each compared to a whole build. */
    @FunctionalInterface
    interface Edit {
        void apply(PreviewBuildTest test, IncrementalEqualsWhole live) throws IOException;
    }

    /**
     * Each kind of edit on its own preview of the suite, so one failure does not hide the others.
     * A case of several steps is a sequence whose later steps depend on the earlier ones (a link
     * broken, then the page it wants).
     */
    static Stream<Arguments> edits() {
        return Stream.of(
                edit("a page's text", (t, live) -> live.edit(t.ports(), t.portsText + "\nOne more paragraph.\n")),
                // links without text show their target's title or heading
                edit("links without text, then a heading they show", (t, live) -> {
                    live.edit(t.network().resolve("guide/empty-links.md"),
                            "# Empty links\n\nSee [](ports.md#create-a-port) and [](routers.md).\n");
                    live.edit(t.ports(), t.portsText.replace("## Create a port {#create-a-port}", "## Create one port {#create-a-port}"));
                }),
                // compute's launch.md links to #create-a-port: its page and banner change
                edit("an anchor other projects link to", (t, live) ->
                        live.edit(t.ports(), t.portsText.replace("{#create-a-port}", "{#make-a-port}"))),
                // the title is shown in the navigation of every network page
                edit("a title the navigation shows", (t, live) ->
                        live.edit(t.routers(), Files.readString(t.routers()).replace("title: Routers", "title: Virtual routers"))),
                edit("a broken link, the page and asset it wants, then that page deleted", (t, live) -> {
                    live.edit(t.routers(), Files.readString(t.routers()) + "\nSee [later](later.md) and ![map](../images/map.svg).\n");
                    live.edit(t.network().resolve("guide/later.md"), "# Later\n\nLinks to [ports](ports.md#port-security).\n");
                    live.edit(t.network().resolve("images/map.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
                    live.delete(t.network().resolve("guide/later.md"));
                }),
                edit("a page in a new folder", (t, live) ->
                        live.edit(t.network().resolve("recipes/first.md"), "# First recipe\n\nSee [ports](../guide/ports.md).\n")),
                edit("the nav file", (t, live) -> {
                    Path nav = t.network().resolve("nav.yml");
                    live.edit(nav, Files.readString(nav).replace("    - guide/routers.md\n", ""));
                }),
                // a partial two AsciiDoc pages include
                edit("an AsciiDoc partial", (t, live) -> {
                    Path partial = t.suite.resolve("identity/src/docs/_partials/common-auth.adoc");
                    live.edit(partial, Files.readString(partial) + "\nEdited partial text.\n");
                }),
                // a spec: its reference pages, and every api: reference into it
                edit("a spec", (t, live) -> {
                    Path spec = t.suite.resolve("network/src/openapi/network.yaml");
                    live.edit(spec, Files.readString(spec).replace("summary: Show a network", "summary: Show one network"));
                }),
                // the theme: every page
                edit("a theme asset", (t, live) -> live.edit(t.suite.resolve("theme/assets/custom.css"), "body { color: #222; }\n")),
                edit("a theme template", (t, live) -> live.edit(t.suite.resolve("theme/templates/404.peb"),
                        "{% extends \"layout.peb\" %}\n{% block content %}<h1>Nothing here</h1>{% endblock %}\n")),
                // a folder renamed: the watcher reports both folders
                edit("a folder renamed", (t, live) -> {
                    Path moved = t.network().resolve("debugging");
                    Files.move(t.network().resolve("troubleshooting"), moved);
                    live.applyAndCompare(Set.of(t.network().resolve("troubleshooting"), moved));
                }),
                // a page broken, then mended with an atomic save (a temporary file renamed over it)
                edit("a page broken, then mended by an atomic save", (t, live) -> {
                    live.edit(t.ports(), "---\ntitle: [unclosed\n---\n# Ports\n");
                    Path temporary = Files.writeString(t.network().resolve("guide/ports.md.tmp"), t.portsText);
                    Files.move(temporary, t.ports(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    live.applyAndCompare(Set.of(temporary, t.ports()));
                }));
    }

    private static Arguments edit(String kind, Edit edit) {
        return Arguments.of(Named.of(kind, edit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void anEditServesWhatAWholeBuildServes(Edit edit) throws IOException {
        portsText = Files.readString(ports());
        try (IncrementalEqualsWhole live = IncrementalEqualsWhole.start(config)) {
            edit.apply(this, live);
        }
    }

    private Path network() {
        return suite.resolve("network/src/docs");
    }

    private Path ports() {
        return network().resolve("guide/ports.md");
    }

    private Path routers() {
        return network().resolve("guide/routers.md");
    }
}
