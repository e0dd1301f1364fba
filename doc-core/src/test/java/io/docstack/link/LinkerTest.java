package io.docstack.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.ProjectVersion;
import io.docstack.model.Rules;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;

/**
 * The link stage over the hand-made site in {@code src/test/resources/sites/links}: project
 * compute 1.0 and project net in versions 1.0 and 2.0. Every link of {@code compute/index.md} is on
 * its own list line, so line {@code n} holds the {@code (n - 2)}-th link, at column 3.
 */
class LinkerTest {

    private static ConvertedSite site;
    private static LinkGraph graph;

    @BeforeAll
    static void resolveTheSite() {
        Path root = TestFiles.resource("sites/links");
        SiteConfig config = TestFiles.site(root, root.resolve("../out"))
                .project(TestFiles.project("compute", root.resolve("compute")))
                .project(new ProjectConfig("net", "Network", null, "1.0", root.resolve("net-1.0"), null))
                .project(new ProjectConfig("net", "Network", null, "2.0", root.resolve("net-2.0"), null))
                .build();
        Catalog catalog = Sources.aggregate(config);
        site = Converter.convert(catalog, config.limits(), 2);
        graph = Linker.resolve(catalog, site);
    }

    private static ResolvedLink link(String project, String version, String source, String target) {
        PageRef ref = new PageRef(new ProjectVersion(project, version), SitePath.of(source));
        List<ResolvedLink> links = graph.of(ref);
        assertThat(links).as("links of %s", ref).isNotEmpty();
        return links.stream().filter(l -> l.link().target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + target + " in " + ref));
    }

    private static ResolvedLink home(String target) {
        return link("compute", "1.0", "index.md", target);
    }

    private static List<Diagnostic> diagnosticsOf(String file) {
        return graph.diagnostics().stream().filter(d -> d.file().equals(file)).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "guide/boot.md,                     guide/boot.html",
            "guide/boot.html,                   guide/boot.html",
            "guide/,                            guide/index.html",
            "guide,                             guide/index.html",
            "/guide/boot.md,                    guide/boot.html",
            "guide/boot.md?tab=linux#flavors,   guide/boot.html?tab=linux#flavors",
            "xref:net:guide/ports.md#create-a-port, ../../net/1.0/guide/ports.html#create-a-port",
            "xref:net@2.0:guide/ports.md,       ../../net/2.0/guide/ports.html",
            "images/logo.png,                   images/logo.png",
            "https://example.com/x?y=1#z,       https://example.com/x?y=1#z",
            "mailto:ops@example.com,            mailto:ops@example.com",
            "#compute,                          #compute",
            "xref:net:deep.md#anything,         ../../net/1.0/deep.html#anything",
            "www.example.com/docs,              http://www.example.com/docs",
    })
    void goodLinksResolveToRelativeUrls(String target, String href) {
        ResolvedLink link = home(target);
        assertThat(link.broken()).isFalse();
        assertThat(link.href()).isEqualTo(href);
    }

    @Test
    void linksToPagesNameTheTargetPageAndAnchor() {
        ResolvedLink ports = home("xref:net:guide/ports.md#create-a-port");
        assertThat(ports.target()).isEqualTo(new PageRef(new ProjectVersion("net", "1.0"), SitePath.of("guide/ports.md")));
        assertThat(ports.anchor()).isEqualTo("create-a-port");
        ResolvedLink folder = home("guide/");
        assertThat(folder.target().source()).isEqualTo(SitePath.of("guide/index.md"));
        assertThat(home("images/logo.png").target()).isNull();
        assertThat(home("https://example.com/x?y=1#z").target()).isNull();
    }

    @Test
    void assetLinksKeepTheirFragment() {
        ResolvedLink spec = home("files/spec.pdf#page=3");
        assertThat(spec.broken()).isFalse();
        assertThat(spec.href()).isEqualTo("files/spec.pdf#page=3");
    }

    @Test
    void linksToTheDocsRootFolderOpenItsIndexPage() {
        assertThat(link("compute", "1.0", "guide/index.md", "../").href()).isEqualTo("../index.html");
        assertThat(link("compute", "1.0", "guide/index.md", "./").href()).isEqualTo("index.html");
        assertThat(link("compute", "1.0", "guide/index.md", "../index.md").href()).isEqualTo("../index.html");
        assertThat(diagnosticsOf("compute/guide/index.md")).isEmpty();
    }

    @Test
    void linksFromNestedPagesClimbAsManyFoldersAsNeeded() {
        assertThat(link("compute", "1.0", "guide/boot.md", "../index.md#compute").href()).isEqualTo("../index.html#compute");
        assertThat(link("compute", "1.0", "guide/boot.md", "xref:guide/index.md").href()).isEqualTo("index.html");
        assertThat(link("net", "1.0", "guide/ports.md", "xref:compute:guide/boot.md#flavors").href())
                .isEqualTo("../../../compute/1.0/guide/boot.html#flavors");
        assertThat(diagnosticsOf("compute/guide/boot.md")).isEmpty();
        assertThat(diagnosticsOf("net-1.0/guide/ports.md")).isEmpty();
    }

    @Test
    void everyProblemOfThePageIsReportedWithRuleLineColumnAndHint() {
        assertThat(diagnosticsOf("compute/index.md"))
                .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::rule, Diagnostic::hint)
                .containsExactly(
                        tuple(9, 3, Rules.LINK_BROKEN, "did you mean 'guide/boot.md'?"),
                        tuple(10, 3, Rules.LINK_ANCHOR, "did you mean 'flavors'?"),
                        tuple(13, 3, Rules.XREF_PROJECT, "did you mean 'net'?"),
                        tuple(14, 3, Rules.XREF_PROJECT, "net has versions 1.0, 2.0"),
                        tuple(15, 3, Rules.XREF_SYNTAX, "write xref:project:path/page.md#anchor, or a relative path"),
                        tuple(16, 3, Rules.XREF_SYNTAX, "write xref:project:path/page.md#anchor, or a relative path"),
                        tuple(17, 3, Rules.LINK_ESCAPE, "link to pages of other projects with xref:project:path"),
                        tuple(19, 3, Rules.LINK_ASSET, null),
                        tuple(23, 3, Rules.LINK_ANCHOR, null),
                        tuple(26, 3, Rules.LINK_ANCHOR, "did you mean 'create-a-port'?"),
                        tuple(27, 3, Rules.LINK_CASE, "write 'guide/boot.md': URLs are case-sensitive on most web servers"),
                        tuple(28, 3, Rules.LINK_ASSET, null));
        assertThat(graph.diagnostics()).allSatisfy(d -> assertThat(d.isError()).isTrue());
    }

    @Test
    void messagesSayWhatIsWrong() {
        List<String> messages = diagnosticsOf("compute/index.md").stream().map(Diagnostic::message).toList();
        assertThat(messages).containsExactly(
                "'guide/bot.md' does not exist",
                "no anchor 'flavours' in compute/guide/boot.md",
                "no project 'nett' in this site",
                "no project 'net@9.9' in this site",
                "'xref:' is not of the form xref:project[@version]:path[#anchor]",
                "'xref:Net:guide/ports.md' is not of the form xref:project[@version]:path[#anchor]",
                "'../../../etc/passwd' points outside the docs folder of compute",
                "image 'images/missing.png' does not exist",
                "no anchor 'nowhere' in this page",
                "no anchor 'create-port' in net/guide/ports.md",
                "'Guide/Boot.md#flavors' matches 'guide/boot.md' only when letter case is ignored",
                "'files/missing.zip' does not exist");
    }

    @Test
    void aLinkWrongOnlyByCaseIsReportedButReachesThePage() {
        ResolvedLink wrongCase = home("Guide/Boot.md#flavors");
        assertThat(wrongCase.broken()).isFalse();
        assertThat(wrongCase.href()).isEqualTo("guide/boot.html#flavors");
        assertThat(wrongCase.problem().rule()).isEqualTo(Rules.LINK_CASE);
    }

    @Test
    void theCaseHintIsWrittenAsTheAuthorWroteTheLink(@org.junit.jupiter.api.io.TempDir Path dir) {
        TestFiles.write(dir.resolve("docs"), "guide/launch.md", "# Launch\n\n[a](Flavors.md)\n[b](/Guide/flavors.md)\n",
                "guide/flavors.md", "# Flavors\n");
        SiteConfig config = TestFiles.site(dir, dir.resolve("out")).project(TestFiles.project("c", dir.resolve("docs"))).build();
        Catalog catalog = Sources.aggregate(config);
        LinkGraph own = Linker.resolve(catalog, Converter.convert(catalog, config.limits(), 1));
        assertThat(own.diagnostics()).extracting(Diagnostic::hint).containsExactly(
                "write 'flavors.md': URLs are case-sensitive on most web servers",
                "write '/guide/flavors.md': URLs are case-sensitive on most web servers");
    }

    @Test
    void brokenLinksNameTheFileTheyWanted() {
        assertThat(home("guide/bot.md").wanted())
                .isEqualTo(new PageRef(new ProjectVersion("compute", "1.0"), SitePath.of("guide/bot.md")));
        assertThat(home("guide/boot.md#flavours").wanted().source()).isEqualTo(SitePath.of("guide/boot.md"));
        assertThat(home("https://example.com/x?y=1#z").wanted()).isNull();
    }

    @Test
    void brokenLinksKeepTheTargetAsWritten() {
        ResolvedLink missing = home("guide/bot.md");
        assertThat(missing.broken()).isTrue();
        assertThat(missing.href()).isEqualTo("guide/bot.md");
        assertThat(missing.target()).isNull();
        assertThat(home("../../../etc/passwd").broken()).isTrue();
        assertThat(home("xref:nett:guide/ports.md").broken()).isTrue();
        // A wrong anchor is reported, but the page exists: the link still goes there.
        ResolvedLink anchor = home("guide/boot.md#flavours");
        assertThat(anchor.broken()).isFalse();
        assertThat(anchor.href()).isEqualTo("guide/boot.html#flavours");
    }

    @Test
    void linksOfAFailedPageAreNotResolvedAndAnchorsIntoItAreNotChecked() {
        Page deep = site.pages().stream().filter(p -> p.source().value().equals("deep.md")).findFirst().orElseThrow();
        assertThat(deep.failed()).isTrue();
        assertThat(graph.diagnostics()).noneMatch(d -> d.message().contains("anything"));
    }

    @Test
    void everyLinkOfEveryPageIsResolvedInOrder() {
        for (Page page : site.pages()) {
            List<ResolvedLink> links = graph.of(page.ref());
            assertThat(links).extracting(ResolvedLink::link).as("links of %s", page.ref()).isEqualTo(page.links());
        }
        assertThat(graph.diagnostics()).isSorted();
    }
}
