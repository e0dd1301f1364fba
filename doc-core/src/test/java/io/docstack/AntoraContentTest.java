package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Antora content read as it is, beside a project of Docstack's own layout: a distributed component
 * (two roots), another component, resource ids in xrefs, includes and images, {@code nav.adoc},
 * references both ways between the layouts (an Antora page names a Docstack project as a
 * component whose pages are in its ROOT module: {@code xref:md::guide/a.md[]}), and bad
 * {@code antora.yml} files that stop only their own root.
 */
class AntoraContentTest {

    @TempDir
    Path base;

    @Test
    void antoraComponentsBuildBesideDocstackProjects() {
        TestFiles.write(base.resolve("guide"),
                "antora.yml", "name: guide\nversion: '2.0'\ntitle: The Guide\nstart_page: ROOT:welcome.adoc\nnav:\n- modules/ROOT/nav.adoc\n",
                "modules/ROOT/nav.adoc", ".Start\n* xref:welcome.adoc[]\n** xref:admin:setup.adoc[Setup]\ninclude::partial$more-nav.adoc[]\n",
                "modules/ROOT/partials/more-nav.adoc", "* xref:missing.adoc[Missing]\n",
                "modules/ROOT/pages/welcome.adoc", "= Welcome\n\n"
                        + "See xref:admin:setup.adoc#ports[ports], xref:topics/deep.adoc[deep], xref:api:ROOT:index.adoc[the API], "
                        + "xref:api::[the API's start], xref:md::guide/a.md[a Markdown page] and xref:nowhere.adoc[nothing].\n\n"
                        + "include::partial$note.adoc[]\n\nimage::diagram.png[Diagram]\n",
                "modules/ROOT/pages/topics/deep.adoc", "= Deep\n\nBack to xref:welcome.adoc[welcome], beside xref:./other.adoc[other].\n",
                "modules/ROOT/pages/topics/other.adoc", "= Other\n",
                "modules/ROOT/pages/_hidden.adoc", "= Not a page\n",
                "modules/ROOT/partials/note.adoc", "NOTE: Included from a partial, with xref:api:ROOT:index.adoc[a link].\n",
                "modules/ROOT/images/diagram.png", "png");
        // The same component version from a second root: a distributed component.
        TestFiles.write(base.resolve("guide-admin"),
                "antora.yml", "name: guide\nversion: '2.0'\n",
                "modules/admin/pages/setup.adoc", "= Setup\n\n[#ports]\n== Ports\n\ninclude::api:ROOT:example$call.sh[]\n");
        TestFiles.write(base.resolve("api"),
                "antora.yml", "name: api\nversion: '2.0'\ntitle: API\n",
                "modules/ROOT/pages/index.adoc", "= API\n\nSee the xref:guide::welcome.adoc[guide].\n",
                "modules/ROOT/examples/call.sh", "echo included-example\n");
        TestFiles.write(base.resolve("md"), "guide/a.md", "# A\n\nRead [setup](xref:guide:admin:setup.adoc#ports).\n");
        // Bad roots: each is reported, the others still build.
        TestFiles.write(base.resolve("nameless"), "antora.yml", "version: '1.0'\n", "modules/ROOT/pages/x.adoc", "= X\n");
        TestFiles.write(base.resolve("retitled"), "antora.yml", "name: api\nversion: '2.0'\ntitle: Another title\n");
        TestFiles.write(base.resolve("plain"), "readme.txt", "no antora.yml here\n");

        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .project(TestFiles.project("md", base.resolve("md")))
                .antoraSource(Path.of("guide")).antoraSource(Path.of("guide-admin")).antoraSource(Path.of("api"))
                .antoraSource(Path.of("nameless")).antoraSource(Path.of("retitled")).antoraSource(Path.of("plain"))
                .build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::line)
                .containsExactly(
                        tuple("guide/modules/ROOT/nav.adoc", Rules.LINK_BROKEN, 4),
                        tuple("guide/modules/ROOT/pages/welcome.adoc", Rules.LINK_BROKEN, 3),
                        tuple("nameless/antora.yml", Rules.CONFIG_PROJECT, 1),
                        tuple("plain", Rules.CONFIG_PROJECT, 0),
                        tuple("retitled/antora.yml", Rules.CONFIG_PROJECT, 1));
        assertThat(result.diagnostics()).filteredOn(d -> d.file().equals("retitled/antora.yml")).first()
                .extracting(Diagnostic::message).asString().contains("titled 'Another title' here and 'API' in api/antora.yml");
        assertThat(result.diagnostics()).filteredOn(d -> !d.file().endsWith("antora.yml") && !d.file().equals("plain"))
                .extracting(Diagnostic::rule).containsOnly(Rules.LINK_BROKEN);
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals(Rules.LINK_BROKEN))
                .extracting(Diagnostic::message).allMatch(m -> m.contains("xref:missing.adoc") || m.contains("xref:nowhere.adoc"));

        // Antora's URLs: ROOT pages at the top of the component version, other modules in a folder.
        Path site = config.output();
        String welcome = TestFiles.read(site.resolve("guide/2.0/welcome.html"));
        assertThat(welcome).contains("href=\"admin/setup.html#ports\"", "href=\"topics/deep.html\"",
                "href=\"../../api/2.0/index.html\"", "href=\"../../md/1.0/guide/a.html\"", "Included from a partial",
                "src=\"_images/diagram.png\"");
        assertThat(site.resolve("guide/2.0/_images/diagram.png")).isRegularFile();
        assertThat(TestFiles.read(site.resolve("guide/2.0/topics/deep.html"))).contains("href=\"../welcome.html\"", "href=\"other.html\"");
        assertThat(TestFiles.read(site.resolve("guide/2.0/admin/setup.html"))).contains("echo included-example");
        assertThat(TestFiles.read(site.resolve("md/1.0/guide/a.html"))).contains("href=\"../../../guide/2.0/admin/setup.html#ports\"");
        assertThat(TestFiles.read(site.resolve("api/2.0/index.html"))).contains("href=\"../../guide/2.0/welcome.html\"");
        assertThat(site.resolve("guide/2.0/_hidden.html")).doesNotExist();
        // The navigation comes from nav.adoc: its title, its entries, the included ones.
        assertThat(welcome).contains("Start", "Setup", "Missing");
    }

    @Test
    void anAntoraYmlWhoseAliasesExpandIsAProblemOfItsOwnRootOnly() {
        // Aliases under maxYamlAliases that stand for 3^16 strings once the name is read as text.
        String yaml = TestFiles.yamlAliasLevels() + "name: *l16\nversion: '1.0'\nasciidoc:\n  attributes:\n    bomb: *l16\n";
        TestFiles.write(base.resolve("bomb"), "antora.yml", yaml, "modules/ROOT/pages/x.adoc", "= X\n");
        TestFiles.write(base.resolve("good"), "antora.yml", "name: good\nversion: '1.0'\n",
                "modules/ROOT/pages/index.adoc", "= Good\n\nFine.\n");

        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .antoraSource(Path.of("bomb")).antoraSource(Path.of("good")).build();
        BuildResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> Docstack.build(config));

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule)
                .containsExactly(tuple("bomb/antora.yml", Rules.CONFIG_PROJECT));
        assertThat(result.diagnostics().get(0).message()).hasSizeLessThan(200);
        assertThat(config.output().resolve("good/1.0/index.html")).isRegularFile();
    }

    @Test
    void navIncludesThatMultiplyStopAtMaxIncludes() {
        // Ten partials, each including the next ten times: 10^9 nav lines within maxIncludeDepth.
        TestFiles.write(base.resolve("fan"), "antora.yml", "name: fan\nversion: '1.0'\nnav:\n- modules/ROOT/nav.adoc\n",
                "modules/ROOT/nav.adoc", ".Fan\n" + "include::partial$n0.adoc[]\n".repeat(10),
                "modules/ROOT/pages/index.adoc", "= Index\n\nFine.\n");
        for (int i = 0; i < 10; i++) {
            TestFiles.write(base.resolve("fan/modules/ROOT/partials"), "n" + i + ".adoc",
                    i == 9 ? "* xref:index.adoc[]\n" : ("include::partial$n" + (i + 1) + ".adoc[]\n").repeat(10));
        }
        SiteConfig config = TestFiles.site(base, base.resolve("site")).antoraSource(Path.of("fan")).build();
        BuildResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Docstack.build(config));

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple("fan/modules/ROOT/nav.adoc", Rules.SOURCE_LIMIT, 2));
        assertThat(result.diagnostics().get(0).message()).contains("maxIncludes (1000)");
        assertThat(TestFiles.read(config.output().resolve("fan/1.0/index.html"))).contains("Fine.");
    }

    /**
     * A nav.adoc, a partial it includes and an antora.yml that are not UTF-8 are each reported at
     * the bad byte (the messages were MalformedInputException's "Input length = 1"); the other
     * component and its pages still build.
     */
    @Test
    void antoraFilesThatAreNotUtf8AreReportedAtTheirByte() {
        TestFiles.write(base.resolve("guide"),
                "antora.yml", "name: guide\nversion: '2.0'\nnav:\n- modules/ROOT/nav.adoc\n- modules/ROOT/nav2.adoc\n",
                "modules/ROOT/nav2.adoc", "* xref:welcome.adoc[]\ninclude::partial$bad.adoc[]\n",
                "modules/ROOT/pages/welcome.adoc", "= Welcome\n");
        TestFiles.write(base.resolve("guide/modules/ROOT/nav.adoc"), latin1("* xref:welcome.adoc[Willkommen \u00e0 vous]\n"));
        TestFiles.write(base.resolve("guide/modules/ROOT/partials/bad.adoc"), latin1("* \u00e9\n"));
        TestFiles.write(base.resolve("latin"), "modules/ROOT/pages/x.adoc", "= X\n");
        TestFiles.write(base.resolve("latin/antora.yml"), latin1("name: latin\ntitle: Fran\u00e7ais\n"));

        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .antoraSource(Path.of("guide")).antoraSource(Path.of("latin")).build();
        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::line, Diagnostic::column,
                Diagnostic::message).containsExactly(
                tuple("guide/modules/ROOT/nav.adoc", Rules.NAV_SYNTAX, 1, 32, "navigation file is not valid UTF-8 (byte 0xe0)"),
                tuple("guide/modules/ROOT/nav2.adoc", Rules.NAV_SYNTAX, 2, 1,
                        "included navigation file is not valid UTF-8 (byte 0xe9) on its line 1"),
                tuple("latin/antora.yml", Rules.CONFIG_PROJECT, 2, 12, "antora.yml is not valid UTF-8 (byte 0xe7)"));
        assertThat(TestFiles.read(config.output().resolve("guide/2.0/welcome.html"))).contains("Welcome");
    }

    private static byte[] latin1(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
