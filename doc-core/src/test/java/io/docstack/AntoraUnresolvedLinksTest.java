package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.model.Diagnostic;

/**
 * Links that lead nowhere, on the fixture {@code antora/unresolved}. Antora 3.1.10 builds its
 * {@code playbook.yml} with four errors, "target of xref not found" for {@code missing.adoc},
 * {@code missing.adoc#frag}, {@code gone.adoc} (in the partial) and {@code inside.adoc} (in an
 * {@code ifdef} block), all without a line, and writes each as
 * {@code <a href="#missing.adoc" class="xref unresolved">missing.adoc</a>} (the target as text
 * when the xref has none); {@code <<nowhere>>} it writes as {@code <a href="#nowhere">[nowhere]</a>}
 * and does not report. Docstack keeps the text and Antora's class and drops the href.
 */
class AntoraUnresolvedLinksTest {

    @TempDir
    Path out;

    private BuildResult build() {
        return Docstack.build(TestFiles.site(TestFiles.resource("antora/unresolved"), out)
                .antoraSource(Path.of("docs")).build());
    }

    @Test
    void aFailedXrefOrAnchorIsItsTextWithTheUnresolvedClassAndNoHref() {
        build();

        Document page = Jsoup.parse(TestFiles.read(out.resolve("broken/1.0/index.html")));
        assertThat(page.select("a.unresolved")).extracting(a -> a.text() + "|" + a.className() + "|" + a.hasAttr("href"))
                .containsExactly("missing.adoc|unresolved|false", "Missing page|unresolved|false",
                        "[nowhere]|unresolved|false", "Nowhere|unresolved|false",
                        "gone from a partial|unresolved|false", "inside|unresolved|false");
        assertThat(page.select("a[href]")).extracting(a -> a.attr("href")).noneMatch(href -> href.startsWith("xref:")
                || href.contains("missing") || href.equals("#nowhere"));
    }

    @Test
    void diagnosticsNameThePartialsLineAndTheTrueLineInsideAnIfdef() {
        BuildResult result = build();

        assertThat(result.diagnostics()).extracting(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.rule())
                .containsExactly(
                        "docs/modules/ROOT/pages/index.adoc:3:3 link.broken",
                        "docs/modules/ROOT/pages/index.adoc:3:24 link.broken",
                        "docs/modules/ROOT/pages/index.adoc:3:65 link.anchor",
                        "docs/modules/ROOT/pages/index.adoc:3:78 link.anchor",
                        "docs/modules/ROOT/pages/index.adoc:8:18 link.broken",
                        "docs/modules/ROOT/partials/part.adoc:3:9 link.broken");
        assertThat(result.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("gone.adoc"));
    }

    @Test
    void linksAfterNestedConditionalsAndIncludesKeepTheirLines() {
        Path docs = TestFiles.write(out.resolve("src"), "antora.yml", "name: n\nversion: '1'\n",
                "modules/ROOT/partials/p.adoc", "Partial text.\n",
                "modules/ROOT/pages/p.adoc", "= P\n\nifdef::env-site[]\nifdef::site-gen-antora[]\n"
                        + "First xref:a.adoc[a].\nendif::[]\nendif::[]\n\ninclude::partial$p.adoc[]\n\n"
                        + "ifndef::nothing[]\nSecond xref:b.adoc[b].\n\nThird xref:c.adoc[c].\nendif::[]\n");
        BuildResult result = Docstack.build(TestFiles.site(out, out.resolve("site")).antoraSource(docs).build());

        assertThat(result.diagnostics()).extracting(d -> d.line() + ":" + d.column())
                .containsExactly("5:7", "12:8", "14:7");
    }
}
