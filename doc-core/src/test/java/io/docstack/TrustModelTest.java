package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.BundleSource;
import io.docstack.config.GitSource;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * The trust model: content from docs bundles and git sources is not trusted unless marked so. Its
 * raw HTML and AsciiDoc passthroughs are sanitized ({@code <script>}, {@code <iframe>},
 * {@code <object>}, {@code <embed>}, {@code <form>}, {@code <style>}, {@code on*} handlers and
 * {@code style} removed, one {@code html.removed} warning each, at its line), its AsciiDoc runs in
 * secure mode ({@code :data-uri:} embeds no file) and includes nothing outside its own source;
 * the build's own folders keep their raw HTML as written, and a source marked trusted is read
 * like them.
 */
class TrustModelTest {

    /** Scripting and embedding that an untrusted page wrote. */
    private static final String ACTIVE = "script, iframe, object, embed, form, style, svg, blink, [onerror], [onclick], "
            + "[onmouseover], [style], img[src^=data:]";

    @TempDir
    Path base;

    @Test
    void anUntrustedBundleIsSanitizedAndEveryRemovalReported() {
        Path fixtures = TestFiles.resource("untrusted");
        Path zip = TestFiles.zipFolder(fixtures.resolve("remote"), base.resolve("remote-1.0-docs.zip"));
        SiteConfig config = TestFiles.site(fixtures, base.resolve("site"))
                .project(TestFiles.project("local", fixtures.resolve("local")))
                .bundle(BundleSource.of("io.example:remote:1.0", zip)).build();

        BuildResult result = Docstack.build(config);

        Document index = content(config.output().resolve("remote/1.0/index.html"));
        Document page = content(config.output().resolve("remote/1.0/page.html"));
        assertThat(index.select(ACTIVE)).isEmpty();
        assertThat(page.select(ACTIVE)).isEmpty();
        assertThat(index.text()).contains("Kept: bold, raw bold, HTML and a link.", "Overlay", "Blinking")
                .doesNotContain("alert(1)", "display: none");
        assertThat(index.select("b").eachText()).contains("raw bold");
        assertThat(index.select("abbr[title=HyperText]")).hasSize(1);
        assertThat(index.select("img[alt=Logo]").eachAttr("src")).containsExactly("images/logo.png");
        assertThat(page.text()).contains("Kept: bold and a web page.", "Hover", "inline passthrough").doesNotContain("alert");
        assertThat(page.select("img[alt=Logo]").eachAttr("src")).as("secure mode: data-uri reads no file")
                .containsExactly("images/logo.png");

        List<Diagnostic> removed = result.diagnostics().stream().filter(d -> d.rule().equals(Rules.HTML_REMOVED)).toList();
        assertThat(removed).allSatisfy(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.hint()).contains("trusted");
        });
        String index1 = "remote-1.0-docs.zip/docs/index.md";
        String page1 = "remote-1.0-docs.zip/docs/page.adoc";
        assertThat(removed).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::message).contains(
                removal(index1, 5, "<script> element removed with its content"),
                removal(index1, 7, "attribute onerror of <img> removed (an event handler runs script)"),
                removal(index1, 9, "<iframe> element removed with its content"),
                removal(index1, 11, "attribute style of <div> removed"),
                removal(index1, 13, "attribute onclick of <p> removed (an event handler runs script)"),
                removal(index1, 15, "<form> element removed with its content"),
                removal(index1, 17, "<object> element removed with its content"),
                removal(index1, 17, "<embed> element removed with its content"),
                removal(index1, 19, "<style> element removed with its content"),
                removal(index1, 21, "<blink> element removed (its content is kept)"),
                removal(page1, 7, "<script> element removed with its content"),
                removal(page1, 8, "attribute onmouseover of <p> removed (an event handler runs script)"),
                removal(page1, 11, "attribute onerror of <img> removed (an event handler runs script)"));
        assertThat(removed).hasSize(13);
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();

        Document local = content(config.output().resolve("local/1.0/index.html"));
        assertThat(local.select("b[onclick=track()]")).as("the build's own raw HTML is kept").hasSize(1);
        assertThat(local.select("script").html()).contains("window.local = true;");
        assertThat(removed).noneMatch(d -> d.file().startsWith("local"));
    }

    @Test
    void anUntrustedGitSourceIsSanitizedToo() {
        Git git = TestRepos.init(base.resolve("repo"));
        TestRepos.commit(git, "docs", "src/docs/index.md", "# Git\n\n<img src=\"x.png\" alt=\"x\" onerror=\"alert(1)\">\n",
                "src/docs/x.png", "png");
        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .gitSource(new GitSource("repo", List.of("main"), List.of(), "src/docs", "git", null, null,
                        base.resolve("cache")))
                .build();

        BuildResult result = Docstack.build(config);

        assertThat(content(config.output().resolve("git/main/index.html")).select("[onerror]")).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line)
                .containsExactly(tuple(Rules.HTML_REMOVED, "git@main/src/docs/index.md", 3));
    }

    @Test
    void anUntrustedAntoraRootIncludesNothingOfAnotherSource() {
        TestFiles.write(base.resolve("local"), "antora.yml", "name: local\nversion: '1.0'\n",
                "modules/ROOT/pages/index.adoc", "= Local\n\ninclude::partial$secret.adoc[]\n",
                "modules/ROOT/partials/secret.adoc", "The local secret.\n");
        Path zip = TestFiles.zip(base.resolve("remote.zip"), "docstack-bundle.json",
                "{\"format\":1,\"name\":\"remote\",\"version\":\"1.0\"}",
                "docs/antora.yml", "name: remote\nversion: '1.0'\n",
                "docs/modules/ROOT/pages/index.adoc", "= Remote\n\ninclude::local:ROOT:partial$secret.adoc[]\n\n"
                        + "include::partial$own.adoc[]\n",
                "docs/modules/ROOT/partials/own.adoc", "Its own partial.\n");
        SiteConfig config = TestFiles.site(base, base.resolve("site")).antoraSource(Path.of("local"))
                .bundle(BundleSource.of("remote.zip", zip)).build();

        BuildResult result = Docstack.build(config);

        String remote = content(config.output().resolve("remote/1.0/index.html")).text();
        assertThat(remote).contains("Its own partial.").doesNotContain("The local secret.");
        assertThat(content(config.output().resolve("local/1.0/index.html")).text()).contains("The local secret.");
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::rule, Diagnostic::file, Diagnostic::line)
                .containsExactly(tuple(Rules.INCLUDE_ESCAPE, "remote.zip/docs/modules/ROOT/pages/index.adoc", 3));
    }

    @Test
    void aSourceMarkedTrustedKeepsItsRawHtml() {
        Path fixtures = TestFiles.resource("untrusted");
        Path zip = TestFiles.zipFolder(fixtures.resolve("remote"), base.resolve("remote-1.0-docs.zip"));
        Git git = TestRepos.init(base.resolve("repo"));
        TestRepos.commit(git, "docs", "src/docs/index.md", "# Git\n\n<b onclick=\"track()\">ours</b>\n");
        SiteConfig config = TestFiles.site(base, base.resolve("site"))
                .bundle(BundleSource.of("io.example:remote:1.0", zip).withTrusted(true))
                .gitSource(new GitSource("repo", List.of("main"), List.of(), "src/docs", "git", null, null,
                        base.resolve("cache")).withTrusted(true))
                .build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).noneMatch(d -> d.rule().equals(Rules.HTML_REMOVED));
        assertThat(content(config.output().resolve("remote/1.0/index.html")).select("iframe, img[onerror]")).hasSize(2);
        assertThat(content(config.output().resolve("git/main/index.html")).select("b[onclick]")).hasSize(1);
    }

    /** An expected html.removed diagnostic: file, line and message. */
    private static org.assertj.core.groups.Tuple removal(String file, int line, String what) {
        return tuple(file, line, what + ": this content is not trusted");
    }

    /** The page's content, without the theme around it. */
    private static Document content(Path file) {
        Element content = Jsoup.parse(TestFiles.read(file)).selectFirst(".ds-content");
        assertThat(content).as("content of " + file).isNotNull();
        return Jsoup.parseBodyFragment(content.html());
    }
}
