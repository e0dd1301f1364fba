package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/** Antora's {@code page-aliases}: links to an alias, the redirect pages, and aliases that collide. */
class AntoraPageAliasesTest {

    @TempDir
    Path out;

    /**
     * {@code antora/page-aliases}, which Antora 3.1.10 builds with no warning (site URL
     * {@code https://docs.example.org}, {@code redirect_facility: static}): the index page has
     * the aliases {@code old-name.adoc}, {@code sub/older.adoc} (on a continued line),
     * {@code admin:moved.adoc} and {@code bare} (Antora adds {@code .adoc}); the nav entry
     * {@code xref:old-name.adoc[]} and three xrefs of {@code admin/setup.adoc} name aliases, and
     * Antora links each to the index page ({@code ../index.html}). The redirect pages Antora
     * wrote are {@code antora/page-aliases-expected/}; Docstack writes the same bytes.
     */
    @Test
    void linksToAnAliasReachThePageAndEachAliasIsTheRedirectAntoraWrites() {
        SiteConfig config = TestFiles.site(TestFiles.resource("antora/page-aliases"), out)
                .siteUrl("https://docs.example.org").antoraSource(Path.of("comp")).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).isEmpty();
        String setup = TestFiles.read(out.resolve("comp/1.0/admin/setup.html"));
        assertThat(setup.split("href=\"../index.html\"", -1).length - 1).isGreaterThanOrEqualTo(4); // three xrefs and the nav entry
        assertThat(setup).contains("Old name");
        Path expected = TestFiles.resource("antora/page-aliases-expected");
        for (String alias : List.of("comp/1.0/old-name.html", "comp/1.0/sub/older.html", "comp/1.0/admin/moved.html",
                "comp/1.0/bare.html")) {
            assertThat(TestFiles.read(out.resolve(alias))).as(alias).isEqualTo(TestFiles.read(expected.resolve(alias)));
        }
    }

    /**
     * Antora stops with "Page alias cannot reference an existing page: 1.0@comp::index.adoc" and
     * "Duplicate alias: 1.0@comp::old-name.adoc"; Docstack reports each as an
     * {@code output.conflict} at the attribute's line and keeps the page and the first alias.
     */
    @Test
    void anAliasAtAPageOrAtAnotherAliasIsAnOutputConflict() {
        Path base = out.resolve("src");
        TestFiles.write(base.resolve("comp"), "antora.yml", "name: comp\nversion: '1.0'\n",
                "modules/ROOT/pages/index.adoc", "= Index\n",
                "modules/ROOT/pages/a.adoc", "= A\n:page-aliases: old-name.adoc\n\nA.\n",
                "modules/ROOT/pages/b.adoc", "= B\n:description: b\n:page-aliases: index.adoc, old-name.adoc\n\nB.\n");
        SiteConfig config = TestFiles.site(base, out.resolve("site")).antoraSource(Path.of("comp")).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple("comp/modules/ROOT/pages/b.adoc", Rules.OUTPUT_CONFLICT, 3),
                        tuple("comp/modules/ROOT/pages/b.adoc", Rules.OUTPUT_CONFLICT, 3));
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "page alias 'index.adoc' is the page comp/modules/ROOT/pages/index.adoc",
                "page alias 'old-name.adoc' is also an alias of comp/modules/ROOT/pages/a.adoc, which keeps it");
        assertThat(TestFiles.read(out.resolve("site/comp/1.0/index.html"))).contains("Index");
        assertThat(TestFiles.read(out.resolve("site/comp/1.0/old-name.html"))).contains("url=a.html");
    }

    /**
     * Eclipse Che's docs write {@code :page-aliases: .:old.adoc} in pages of other modules: Antora
     * takes the module "." as written and its URL is the version's top, where ROOT pages are
     * (Antora 3.1.10 writes {@code docs/next/hosted-che/index.html} for {@code .:hosted-che} of module
     * hosted-che). An alias that names no publishable path is a warning, not a silent skip.
     */
    @Test
    void anAliasInModuleDotIsAtTheVersionsTopAndAnUnpublishableOneIsReported() {
        Path base = out.resolve("src");
        TestFiles.write(base.resolve("comp"), "antora.yml", "name: comp\nversion: '1.0'\n",
                "modules/ROOT/pages/index.adoc", "= Index\n",
                "modules/extra/pages/moved.adoc", "= Moved\n:page-aliases: .:old-top, extra:../../escape.adoc\n\nM.\n");
        SiteConfig config = TestFiles.site(base, out.resolve("site")).antoraSource(Path.of("comp")).build();

        BuildResult result = Docstack.build(config);

        assertThat(TestFiles.read(out.resolve("site/comp/1.0/old-top.html"))).contains("url=extra/moved.html");
        assertThat(result.diagnostics()).extracting(Diagnostic::severity, Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(io.docstack.model.Severity.WARNING, 2, "page alias 'extra:../../escape.adoc' names no path a page can be "
                        + "published at, so no redirect is written for it"));
    }

    /**
     * A component version's own URL leads to its start page: Antora 3.1.10 writes its redirect at
     * {@code docs/next/index.html} for Eclipse Che's {@code start_page: discover:what-is-che.adoc}.
     */
    @Test
    void theVersionsOwnUrlRedirectsToItsStartPage() {
        Path base = out.resolve("src");
        TestFiles.write(base.resolve("comp"), "antora.yml", "name: comp\nversion: '1.0'\nstart_page: admin:setup.adoc\n",
                "modules/admin/pages/setup.adoc", "= Setup\n");
        TestFiles.write(base.resolve("other"), "antora.yml", "name: other\nversion: '1.0'\n",
                "modules/ROOT/pages/index.adoc", "= Other home\n");

        BuildResult result = Docstack.build(TestFiles.site(base, out.resolve("site"))
                .antoraSource(Path.of("comp")).antoraSource(Path.of("other")).build());

        assertThat(result.diagnostics()).isEmpty();
        assertThat(TestFiles.read(out.resolve("site/comp/1.0/index.html"))).contains("url=admin/setup.html", "Redirect Notice");
        assertThat(TestFiles.read(out.resolve("site/other/1.0/index.html"))).contains("Other home").doesNotContain("Redirect");
    }
}
