package io.docstack.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.TestFiles;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.model.Diagnostic;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;

class NavigatorTest {

    private static final ProjectVersion COMPUTE = new ProjectVersion("compute", "1.0");

    @TempDir
    Path base;

    private SiteNavigation navigate(String... pathsAndContents) {
        TestFiles.write(base.resolve("docs"), pathsAndContents);
        SiteConfig config = TestFiles.site(base, base.resolve("out"))
                .project(TestFiles.project("compute", base.resolve("docs"))).build();
        Catalog catalog = Sources.aggregate(config);
        ConvertedSite site = Converter.convert(catalog, config.limits(), 2);
        return Navigator.build(catalog, site, config.limits());
    }

    /** Found by the nav-yml fuzzer: the message was MalformedInputException's ("Input length = 1"), at 1:1. */
    @Test
    void navFileThatIsNotUtf8IsReportedAtItsByteAndThePagesStillBuild() {
        TestFiles.write(base.resolve("docs/nav.yml"), new byte[] {'-', ' ', 'i', 'n', 'd', 'e', 'x', '.', 'm', 'd', '\n',
                '-', ' ', 't', 'i', 't', 'l', 'e', ':', ' ', 'G', (byte) 0xC7, 'r', '\n'});
        SiteNavigation navigation = navigate(PAGES);
        assertThat(navigation.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.NAV_SYNTAX);
            assertThat(d.message()).isEqualTo("navigation file is not valid UTF-8 (byte 0xc7)");
            assertThat(List.of(d.line(), d.column())).containsExactly(2, 11);
        });
        assertThat(navigation.tree(COMPUTE).items()).isNotEmpty();
    }

    private static PageRef ref(String source) {
        return new PageRef(COMPUTE, SitePath.of(source));
    }

    private static final String[] PAGES = {
            "index.md", "# Home\n",
            "guide/install.md", "# Install\n",
            "guide/linux.md", "# Linux\n",
            "ref/api.md", "# API\n",
    };

    private static String[] withNav(String nav, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(PAGES));
        all.addAll(List.of(more));
        all.add("nav.yml");
        all.add(nav);
        return all.toArray(String[]::new);
    }

    @Test
    void navFileWithPathsTitlesSectionsLinksAndNestedItems() {
        SiteNavigation navigation = navigate(withNav("""
                - index.md
                - page: guide/install.md
                  title: Installing
                  items:
                    - /guide/linux.md
                - title: Reference
                  items:
                    - ref/api.md
                    - title: Upstream docs
                      url: https://example.com/docs
                """));
        assertThat(navigation.diagnostics()).isEmpty();
        List<NavItem> items = navigation.tree(COMPUTE).items();
        assertThat(items).extracting(NavItem::title, NavItem::page, NavItem::url).containsExactly(
                tuple("Home", ref("index.md"), null),
                tuple("Installing", ref("guide/install.md"), null),
                tuple("Reference", null, null));
        assertThat(items.get(1).children()).extracting(NavItem::title, NavItem::page)
                .containsExactly(tuple("Linux", ref("guide/linux.md")));
        assertThat(items.get(2).children()).extracting(NavItem::title, NavItem::page, NavItem::url).containsExactly(
                tuple("API", ref("ref/api.md"), null),
                tuple("Upstream docs", null, "https://example.com/docs"));
        // Ids are numbered in tree order, parents before their children.
        assertThat(allIds(items)).containsExactly("n1", "n2", "n3", "n4", "n5", "n6");
    }

    @Test
    void brokenEntriesAreReportedAtTheirLineAndLeftOut() {
        SiteNavigation navigation = navigate(withNav("""
                - index.md
                - guide/instal.md
                - page: ref/gone.md
                  title: Gone
                - title: Kept section
                  items:
                    - page: nope.md
                    - ref/api.md
                """));
        assertThat(navigation.diagnostics())
                .extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line, Diagnostic::column, Diagnostic::hint)
                .containsExactly(
                        tuple(Rules.NAV_BROKEN, "docs/nav.yml", 2, 3, "did you mean 'guide/install.md'?"),
                        tuple(Rules.NAV_BROKEN, "docs/nav.yml", 3, 3, "paths are relative to the docs folder"),
                        tuple(Rules.NAV_BROKEN, "docs/nav.yml", 7, 7, "paths are relative to the docs folder"));
        assertThat(navigation.diagnostics().get(0).message()).isEqualTo(
                "navigation entry 'guide/instal.md' is not a page of this project");
        List<NavItem> items = navigation.tree(COMPUTE).items();
        assertThat(items).extracting(NavItem::title).containsExactly("Home", "Kept section");
        assertThat(items.get(1).children()).extracting(NavItem::title).containsExactly("API");
    }

    @Test
    void aBrokenPageEntryWithChildrenKeepsItsChildren() {
        SiteNavigation navigation = navigate(withNav("""
                - page: missing.md
                  title: Missing
                  items:
                    - index.md
                """));
        assertThat(navigation.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple(Rules.NAV_BROKEN, 1));
        NavItem missing = navigation.tree(COMPUTE).items().get(0);
        assertThat(missing.page()).isNull();
        assertThat(missing.title()).isEqualTo("Missing");
        assertThat(missing.children()).extracting(NavItem::page).containsExactly(ref("index.md"));
    }

    @Test
    void entriesOfTheWrongShapeAreSyntaxProblems() {
        SiteNavigation navigation = navigate(withNav("""
                - index.md
                - colour: blue
                  page: ref/api.md
                - items:
                    - guide/linux.md
                - - nested list
                - title:
                    - not a scalar
                  url: https://example.com
                """));
        assertThat(navigation.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::message)
                .containsExactly(
                        tuple(Rules.NAV_SYNTAX, 2, "unknown key 'colour'"),
                        tuple(Rules.NAV_SYNTAX, 4, "entry has neither page nor title"),
                        tuple(Rules.NAV_SYNTAX, 6, "expected a page path or a mapping"),
                        tuple(Rules.NAV_SYNTAX, 7, "entry has neither page nor title"),
                        tuple(Rules.NAV_SYNTAX, 8, "expected a single value"));
        assertThat(navigation.tree(COMPUTE).items()).extracting(NavItem::title).containsExactly("Home", "API");
    }

    @Test
    void invalidYamlIsReportedAndTheFolderNavigationIsUsedInstead() {
        SiteNavigation navigation = navigate(withNav("- index.md\n- page: guide/install.md\n   title: misindented\n"));
        assertThat(navigation.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.NAV_SYNTAX);
            assertThat(d.file()).isEqualTo("docs/nav.yml");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).startsWith("navigation file is not valid YAML");
        });
        assertThat(navigation.tree(COMPUTE).readingOrder())
                .containsExactlyInAnyOrder(ref("index.md"), ref("guide/install.md"), ref("guide/linux.md"), ref("ref/api.md"));
    }

    @Test
    void navFileThatIsNotAListIsASyntaxProblem() {
        SiteNavigation navigation = navigate(withNav("title: not a list\n"));
        assertThat(navigation.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple(Rules.NAV_SYNTAX, 1));
        assertThat(navigation.tree(COMPUTE).items()).isEmpty();
    }

    @Test
    void navFileAliasBombIsRefused() {
        String bomb = """
                - &a [index.md, index.md, index.md, index.md, index.md, index.md, index.md, index.md]
                - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
                - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
                - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
                - &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
                """;
        SiteNavigation navigation = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> navigate(withNav(bomb)));
        // 50 aliases are allowed, and entries that are lists are refused one by one: nothing expands.
        assertThat(navigation.diagnostics()).extracting(Diagnostic::rule).containsOnly(Rules.NAV_SYNTAX);
        assertThat(navigation.tree(COMPUTE).items()).isEmpty();
    }

    @Test
    void aliasesOfNestedItemsDoNotExpandTheTree() {
        // Within the alias limit (6 x 8 aliases), but each level repeats the one below 8 times:
        // walked as a tree, the last section would hold 8^6 = 262,144 entries.
        StringBuilder nav = new StringBuilder("- title: s0\n  items: &s0 [index.md, index.md]\n");
        for (int level = 1; level <= 6; level++) {
            nav.append("- title: s").append(level).append("\n  items: &s").append(level).append(" [");
            for (int i = 0; i < 8; i++) {
                nav.append(i == 0 ? "" : ", ").append("{title: x, items: *s").append(level - 1).append('}');
            }
            nav.append("]\n");
        }
        SiteNavigation navigation = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> navigate(withNav(nav.toString())));
        assertThat(allIds(navigation.tree(COMPUTE).items())).hasSizeLessThan(1_000);
        assertThat(navigation.diagnostics()).extracting(Diagnostic::rule).contains(Rules.NAV_SYNTAX);
    }

    @Test
    void itemsThatAreNotAListAreASyntaxProblemAndAnEmptyList() {
        SiteNavigation navigation = navigate(withNav("- page: guide/install.md\n  items: guide/linux.md\n"));
        assertThat(navigation.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple(Rules.NAV_SYNTAX, 2, 10));
        assertThat(navigation.tree(COMPUTE).items()).singleElement()
                .satisfies(item -> assertThat(item.children()).isEmpty());
    }

    @Test
    void navFileOverMaxFileBytesIsASyntaxProblemAndTheFoldersAreUsed() {
        TestFiles.write(base.resolve("docs"), withNav("- index.md\n" + "- ref/api.md\n".repeat(100)));
        SiteConfig config = TestFiles.site(base, base.resolve("out")).limits(new io.docstack.config.Limits(500, 64, 1024, 50, 16))
                .project(TestFiles.project("compute", base.resolve("docs"))).build();
        Catalog catalog = Sources.aggregate(config);
        SiteNavigation navigation = Navigator.build(catalog, Converter.convert(catalog, config.limits(), 2), config.limits());
        assertThat(navigation.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file)
                .containsExactly(tuple(Rules.NAV_SYNTAX, "docs/nav.yml"));
        assertThat(navigation.tree(COMPUTE).readingOrder()).hasSize(4);
    }

    @Test
    void folderNavigationPutsIndexFirstThenOrderThenTitleThenSections() {
        SiteNavigation navigation = navigate(
                "index.md", "# Home\n",
                "zeta.md", "---\norder: 1\n---\n# Zeta\n",
                "alpha.md", "# alpha\n",
                "Beta.md", "# Beta\n",
                "guide/index.md", "---\norder: 2\n---\n# User Guide\n",
                "guide/b.md", "# B\n",
                "guide/a.md", "# A\n",
                "api/index.md", "---\norder: 1\n---\n# API Reference\n",
                "getting-started/intro.md", "# Intro\n",
                "asset.png", "x");
        assertThat(navigation.diagnostics()).isEmpty();
        NavTree tree = navigation.tree(COMPUTE);
        assertThat(tree.items()).extracting(NavItem::title, NavItem::page).containsExactly(
                tuple("Home", ref("index.md")),
                tuple("Zeta", ref("zeta.md")),
                tuple("alpha", ref("alpha.md")),
                tuple("Beta", ref("Beta.md")),
                tuple("API Reference", ref("api/index.md")),
                tuple("User Guide", ref("guide/index.md")),
                tuple("Getting started", null));
        assertThat(tree.items().get(5).children()).extracting(NavItem::title).containsExactly("A", "B");
        assertThat(tree.items().get(4).children()).isEmpty();
        assertThat(tree.items().get(6).children()).extracting(NavItem::page).containsExactly(ref("getting-started/intro.md"));
        assertThat(allIds(tree.items())).doesNotHaveDuplicates();
    }

    @Test
    void readingOrderFollowsTheTreeAndListsEachPageOnce() {
        SiteNavigation navigation = navigate(withNav("""
                - index.md
                - title: Guide
                  items:
                    - guide/install.md
                    - page: guide/linux.md
                      items:
                        - ref/api.md
                - index.md
                """));
        NavTree tree = navigation.tree(COMPUTE);
        assertThat(tree.readingOrder()).containsExactly(ref("index.md"), ref("guide/install.md"),
                ref("guide/linux.md"), ref("ref/api.md"));
    }

    @Test
    void trailIsThePathFromTheTopToThePage() {
        SiteNavigation navigation = navigate(withNav("""
                - index.md
                - title: Guide
                  items:
                    - guide/install.md
                    - page: guide/linux.md
                      items:
                        - ref/api.md
                """));
        NavTree tree = navigation.tree(COMPUTE);
        assertThat(tree.trail(ref("ref/api.md")).orElseThrow()).extracting(NavItem::title)
                .containsExactly("Guide", "Linux", "API");
        assertThat(tree.trail(ref("index.md")).orElseThrow()).extracting(NavItem::title).containsExactly("Home");
        assertThat(tree.trail(ref("nowhere.md"))).isEmpty();
    }

    @Test
    void aProjectWithoutPagesHasAnEmptyTree() {
        SiteNavigation navigation = navigate("img.png", "x");
        assertThat(navigation.tree(COMPUTE).items()).isEmpty();
        assertThat(navigation.tree(new ProjectVersion("other", "1")).items()).isEmpty();
    }

    /** Every id of the tree, depth first. */
    private static List<String> allIds(List<NavItem> items) {
        List<String> ids = new java.util.ArrayList<>();
        collect(items, ids);
        return ids;
    }

    private static void collect(List<NavItem> items, List<String> ids) {
        for (NavItem item : items) {
            ids.add(item.id());
            collect(item.children(), ids);
        }
    }

    @Test
    void anUpdateBuildsAgainOnlyTheNamedProjects() throws Exception {
        Path compute = TestFiles.write(base.resolve("compute"), "index.md", "# Home\n", "b.md", "# B\n",
                "nav.yml", "- index.md\n- missing.md\n");
        Path net = TestFiles.write(base.resolve("net"), "n.md", "# N\n");
        SiteConfig config = TestFiles.site(base, base.resolve("out")).project(TestFiles.project("compute", compute))
                .project(TestFiles.project("net", net)).build();
        Catalog catalog = Sources.aggregate(config);
        SiteNavigation first = Navigator.build(catalog, Converter.convert(catalog, config.limits(), 2), config.limits());

        TestFiles.write(compute, "nav.yml", "- b.md\n- index.md\n");
        TestFiles.write(net, "n.md", "# Renamed\n");
        ConvertedSite site = Converter.convert(catalog, config.limits(), 2);
        ProjectVersion computeId = catalog.projects().get(0).config().id();
        ProjectVersion netId = catalog.projects().get(1).config().id();
        SiteNavigation updated = Navigator.update(first, catalog, site, config.limits(), java.util.Set.of(computeId));
        // compute's tree and problems follow its new nav file; net's tree is the one before, its new title unseen
        assertThat(updated.tree(computeId)).isEqualTo(Navigator.build(catalog, site, config.limits()).tree(computeId));
        assertThat(updated.diagnostics()).isEmpty();
        assertThat(updated.tree(netId)).isSameAs(first.tree(netId));
        assertThat(first.diagnostics()).hasSize(1);
    }
}
