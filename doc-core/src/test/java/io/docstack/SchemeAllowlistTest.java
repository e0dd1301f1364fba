package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.BundleSource;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Every URL Docstack writes into a site passes one scheme allowlist: script URLs ({@code javascript:},
 * {@code vbscript:}, in any case, with tabs, character references or leading controls) and
 * {@code data:} outside images, written in a {@code nav.yml}, a {@code nav.adoc}, a bundle's
 * {@code editUrl}, a project's {@code editUrl}, an AsciiDoc link macro, image or passthrough, or
 * Markdown links, images and raw HTML, are never written as an {@code href} or {@code src}; each
 * is a {@code link.scheme} error where it was written, and every other page still builds.
 */
class SchemeAllowlistTest {

    @TempDir
    Path base;

    @Test
    void noScriptUrlIsWrittenFromAnyEntryPoint() throws IOException {
        Path fixtures = TestFiles.resource("script-urls");
        Path bundle = TestFiles.zipFolder(fixtures.resolve("bundle"), base.resolve("remote-2.0-docs.zip"));
        SiteConfig config = TestFiles.site(fixtures, base.resolve("site"))
                .project(new ProjectConfig("local", "Local", null, "1.0", fixtures.resolve("docs"), "JavaScript:alert(0)//"))
                .antoraSource(Path.of("antora"))
                .bundle(BundleSource.of("io.example:remote:2.0", bundle))
                .build();

        BuildResult result = Docstack.build(config);
        Path site = config.output();
        assertThat(scriptUrls(site)).isEmpty();

        List<Diagnostic> refused = result.diagnostics().stream().filter(d -> d.rule().equals(Rules.LINK_SCHEME)).toList();
        assertThat(refused).allSatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.hint()).contains("relative path");
        });
        assertThat(refused).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::column).contains(
                tuple("docs/nav.yml", 6, 8), tuple("docs/nav.yml", 8, 8), tuple("docs/nav.yml", 10, 8),
                tuple("docs/nav.yml", 12, 8), tuple("docs/nav.yml", 14, 8), tuple("docs/nav.yml", 16, 8),
                tuple("antora/modules/ROOT/nav.adoc", 3, 1), tuple("antora/modules/ROOT/nav.adoc", 4, 1),
                tuple("docs/markdown.md", 3, 1), tuple("docs/markdown.md", 3, 30), tuple("docs/markdown.md", 5, 74),
                tuple("docs/markdown.md", 7, 10), tuple("docs/markdown.md", 9, 13), tuple("docs/asciidoc.adoc", 3, 3),
                tuple("docs/asciidoc.adoc", 3, 38), tuple("docs/asciidoc.adoc", 5, 1), tuple("docs/asciidoc.adoc", 8, 66),
                tuple("remote-2.0-docs.zip/docstack-bundle.json", 0, 0));
        assertThat(refused).filteredOn(d -> d.file().equals("docs/markdown.md")).hasSize(11);
        assertThat(refused).filteredOn(d -> d.file().equals("docs/asciidoc.adoc")).hasSize(6);
        assertThat(refused).filteredOn(d -> d.file().equals("docs")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("editUrl of project 'local'"));
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).allMatch(d -> d.rule().equals(Rules.LINK_SCHEME),
                "only refused URLs are errors");

        Document markdown = page(site.resolve("local/1.0/markdown.html"));
        assertThat(markdown.select(".ds-content a").eachAttr("href"))
                .contains("https://example.com/", "mailto:a@example.com", "good.html");
        assertThat(markdown.select(".ds-content img[src^=data:image/gif]")).hasSize(1);
        Document asciidoc = page(site.resolve("local/1.0/asciidoc.html"));
        assertThat(asciidoc.select(".ds-content a[href=https://example.com/]")).hasSize(1);
        assertThat(asciidoc.select(".ds-content a[href=good.html]")).hasSize(1);
        assertThat(page(site.resolve("local/1.0/good.html")).select("a[href=https://example.com/]"))
                .as("the allowed nav.yml url is written").isNotEmpty();
        assertThat(page(site.resolve("shop/1.0/index.html")).select("a[href=https://example.com/]"))
                .as("the allowed nav.adoc link is written").isNotEmpty();
        assertThat(page(site.resolve("local/1.0/good.html")).select("h1").eachText()).contains("Good page");
        assertThat(page(site.resolve("remote/2.0/index.html")).select("h1").eachText()).contains("Remote");
    }

    /** Every URL attribute of every written HTML file that would run script or is data: outside an image. */
    private static List<String> scriptUrls(Path site) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                for (Element element : page(file).getAllElements()) {
                    for (Attribute attribute : element.attributes()) {
                        String value = attribute.getValue().replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "")
                                .toLowerCase(Locale.ROOT);
                        boolean image = element.nameIs("img") && attribute.getKey().equals("src");
                        if (value.startsWith("javascript:") || value.startsWith("vbscript:")
                                || value.startsWith("data:") && !(image && value.startsWith("data:image/"))) {
                            found.add(site.relativize(file) + ": " + element.outerHtml());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Document page(Path file) {
        return Jsoup.parse(TestFiles.read(file));
    }
}
