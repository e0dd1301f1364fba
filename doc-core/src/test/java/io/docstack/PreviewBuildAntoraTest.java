package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.SitePath;
import io.docstack.serve.PreviewBuild;

/**
 * The preview's incremental build on an Antora component version distributed over two content
 * roots ({@code antora/preview-edits}: {@code first} and {@code second}, each with an
 * {@code antora.yml} of {@code guide 1.0}): after each edit in one root, what it serves and
 * reports is what a whole build gives, also where the edit reaches a page of the other root (an
 * xref to an anchor, a new page, a partial included across the roots, a nav file). Each kind of
 * edit is its own case ({@link #edits}); besides the comparison, each checks that its edit did
 * reach what it was meant to, so that a fixture read otherwise cannot make the case pass idly.
 * Its own class, not cases of {@link PreviewBuildTest}: that one's fixture is the sample suite.
 */
class PreviewBuildAntoraTest {

    private static final String INDEX = "first/modules/ROOT/pages/index.adoc";

    @TempDir
    Path base;
    private SiteConfig config;

    @BeforeEach
    void copyComponent() {
        TestFiles.copyResource("antora/preview-edits", base);
        config = TestFiles.site(base, base.resolve("site"))
                .antoraSource(Path.of("first")).antoraSource(Path.of("second")).build();
    }

    /** One kind of edit: the steps it takes on the component, each compared to a whole build. */
    @FunctionalInterface
    interface Edit {
        void apply(PreviewBuildAntoraTest test, IncrementalEqualsWhole live) throws IOException;
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("a page's text in the second root", (t, live) -> {
                    live.edit(t.setup(), t.read(t.setup()).replace("Install it first.", "Install it before all else."));
                    assertThat(t.page(live, "guide/1.0/setup.html")).contains("Install it before all else.");
                }),
                // index.adoc and intro.adoc of the first root link to setup.adoc#ports
                edit("an anchor of the second root a page of the first links to", (t, live) -> {
                    PreviewBuild.Result result = live.edit(t.setup(), t.read(t.setup()).replace("[#ports]", "[#open-ports]"));
                    assertThat(result.diagnostics()).extracting(Diagnostic::file).contains(INDEX);
                    assertThat(result.site().problems(SitePath.of("guide/1.0/index.html"))).isNotEmpty();
                }),
                // the link is broken until the page it wants is created in the other root
                edit("a page of the first root linking to a new page of the second", (t, live) -> {
                    Path index = t.base.resolve(INDEX);
                    PreviewBuild.Result broken = live.edit(index, t.read(index) + "\nNext, xref:later.adoc[later].\n");
                    assertThat(broken.diagnostics()).extracting(Diagnostic::file).contains(INDEX);
                    PreviewBuild.Result mended = live.edit(t.base.resolve("second/modules/ROOT/pages/later.adoc"), "= Later\n\nText.\n");
                    assertThat(mended.diagnostics()).isEmpty();
                    assertThat(t.page(live, "guide/1.0/index.html")).contains("href=\"later.html\"");
                }),
                // shared.adoc of the second root is included by a page of each root
                edit("a partial of the second root a page of the first includes", (t, live) -> {
                    Path partial = t.base.resolve("second/modules/ROOT/partials/shared.adoc");
                    live.edit(partial, t.read(partial).replace("Shared from", "Shared, with xref:gone.adoc[a broken link], from"));
                    assertThat(t.page(live, "guide/1.0/index.html")).contains("Shared, with");
                    // a problem in a partial is reported on the partial, once for each page that includes it
                    assertThat(live.result().diagnostics()).extracting(Diagnostic::file)
                            .containsExactly("second/modules/ROOT/partials/shared.adoc", "second/modules/ROOT/partials/shared.adoc");
                }),
                edit("the nav file of the second root", (t, live) -> {
                    Path nav = t.base.resolve("second/modules/ROOT/setup-nav.adoc");
                    live.edit(nav, t.read(nav).replace(".Setting up", ".Installing"));
                    assertThat(t.page(live, "guide/1.0/intro.html")).contains("Installing");
                }),
                edit("the nav file of the first root", (t, live) -> {
                    Path nav = t.base.resolve("first/modules/ROOT/nav.adoc");
                    live.edit(nav, t.read(nav).replace("* xref:intro.adoc[Introduction]\n", "* xref:intro.adoc[Read this first]\n"));
                    assertThat(t.page(live, "guide/1.0/setup.html")).contains("Read this first");
                }),
                // the first root's nav file includes it
                edit("a nav partial of the second root", (t, live) -> {
                    Path partial = t.base.resolve("second/modules/ROOT/partials/nav-more.adoc");
                    live.edit(partial, t.read(partial).replace("[The ports]", "[Open ports]"));
                    assertThat(t.page(live, "guide/1.0/intro.html")).contains("Open ports");
                }));
    }

    private static Arguments edit(String kind, Edit edit) {
        return Arguments.of(Named.of(kind, edit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void anEditServesWhatAWholeBuildServes(Edit edit) throws IOException {
        try (IncrementalEqualsWhole live = IncrementalEqualsWhole.start(config)) {
            edit.apply(this, live);
        }
    }

    /** The fixture as the edits expect it: no problems, the partial of the second root included in the first. */
    @Test
    void theComponentBuildsWholeWithThePartialOfTheSecondRootInTheFirst() {
        try (IncrementalEqualsWhole live = IncrementalEqualsWhole.start(config)) {
            assertThat(live.result().diagnostics()).isEmpty();
            assertThat(page(live, "guide/1.0/index.html")).contains("Shared from the second root", "href=\"setup.html#ports\"");
            assertThat(page(live, "guide/1.0/index.html")).contains("Setting up", "Introduction", "The ports");
        }
    }

    private Path setup() {
        return base.resolve("second/modules/ROOT/pages/setup.adoc");
    }

    private String read(Path file) throws IOException {
        return Files.readString(file);
    }

    private String page(IncrementalEqualsWhole live, String path) {
        byte[] bytes = live.result().site().file(SitePath.of(path)).orElseThrow();
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
