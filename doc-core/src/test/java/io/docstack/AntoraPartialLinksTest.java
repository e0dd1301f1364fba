package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.check.CheckResult;
import io.docstack.config.CheckOptions;
import io.docstack.config.ExternalOptions;
import io.docstack.external.LocalServer;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Broken xrefs in files a page includes, on the fixture {@code antora/partial-links}: components
 * {@code a} and {@code b}; {@code a}'s pages {@code index.adoc} and {@code two.adoc} include
 * {@code partial$part.adoc}, {@code index.adoc} also includes the page {@code hooks/hook.adoc} and
 * {@code b::partial$other.adoc}, and {@code b}'s {@code index.adoc} includes
 * {@code a::partial$part.adoc}. Antora 3.1.10 builds its {@code playbook.yml} with these errors
 * and no other message, each "target of xref not found" at the page being converted, without a
 * line (it has none for an inline xref): {@code a/…/index.adoc} {@code missing.adoc},
 * {@code gone.adoc}, {@code hookgone.adoc}, {@code a::othergone.adoc}; {@code a/…/two.adoc}
 * {@code gone.adoc}; {@code a/…/hooks/hook.adoc} {@code hookgone.adoc}; {@code b/…/index.adoc}
 * {@code gone.adoc} and {@code two.adoc} (the partial's {@code xref:two.adoc[]} resolves in
 * {@code a}'s pages, not in {@code b}'s: an xref in a partial is the including page's).
 */
class AntoraPartialLinksTest {

    private static final String A_INDEX = "a/modules/ROOT/pages/index.adoc";
    private static final String A_TWO = "a/modules/ROOT/pages/two.adoc";
    private static final String HOOK = "a/modules/ROOT/pages/hooks/hook.adoc";
    private static final String B_INDEX = "b/modules/ROOT/pages/index.adoc";

    @TempDir
    Path out;

    private BuildResult build() {
        return Docstack.build(TestFiles.site(TestFiles.resource("antora/partial-links"), out)
                .antoraSource(Path.of("a")).antoraSource(Path.of("b")).build());
    }

    @Test
    void aBrokenXrefInAPartialIsOneErrorForEachPageThatIncludesItNamingThatPage() {
        BuildResult result = build();

        // As Antora lists them: the page being built and the xref target.
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.page() + " " + target(d))
                .containsExactlyInAnyOrder(
                        A_INDEX + " missing.adoc", A_INDEX + " gone.adoc", A_INDEX + " hookgone.adoc",
                        A_INDEX + " a::othergone.adoc", A_TWO + " gone.adoc", HOOK + " hookgone.adoc",
                        B_INDEX + " gone.adoc", B_INDEX + " two.adoc");
    }

    @Test
    void eachIsAtTheLineOfTheFileItIsWrittenInEvenInAnotherComponent() {
        BuildResult result = build();

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactlyInAnyOrder(
                A_INDEX + ":3:3: error [link.broken] 'xref:missing.adoc' does not exist",
                "a/modules/ROOT/partials/part.adoc:3:9: error [link.broken] 'xref:gone.adoc' does not exist"
                        + " (in page " + A_INDEX + ", which includes this file)",
                "a/modules/ROOT/partials/part.adoc:3:9: error [link.broken] 'xref:gone.adoc' does not exist"
                        + " (in page " + A_TWO + ", which includes this file)",
                "a/modules/ROOT/partials/part.adoc:3:9: error [link.broken] 'xref:gone.adoc' does not exist"
                        + " (in page " + B_INDEX + ", which includes this file)",
                "a/modules/ROOT/partials/part.adoc:3:50: error [link.broken] 'xref:two.adoc' does not exist"
                        + " (in page " + B_INDEX + ", which includes this file)",
                HOOK + ":3:6: error [link.broken] 'xref:hookgone.adoc' does not exist",
                HOOK + ":3:6: error [link.broken] 'xref:hookgone.adoc' does not exist"
                        + " (in page " + A_INDEX + ", which includes this file)",
                "b/modules/ROOT/partials/other.adoc:1:7: error [link.broken] 'xref:a::othergone.adoc' does not exist"
                        + " in project a (in page " + A_INDEX + ", which includes this file)");
    }

    /** An external link in a partial is checked where it is written, as a broken xref is. */
    @Test
    void anExternalLinkInAPartialIsReportedAtThePartialsLine(@TempDir Path root) {
        try (LocalServer server = new LocalServer()) {
            server.route("/gone", LocalServer.Reply.status(404));
            TestFiles.write(root, "docs/antora.yml", "name: ext\nversion: '1.0'\n",
                    "docs/modules/ROOT/pages/index.adoc", "= Ext\n\ninclude::partial$links.adoc[]\n",
                    "docs/modules/ROOT/partials/links.adoc", "One line.\n\nSee " + server.url("/gone") + "[the gone page].\n");
            ExternalOptions local = ExternalOptions.DEFAULTS.withAllowPrivate(true).withPerHostDelay(Duration.ZERO)
                    .withRetryBackoff(Duration.ofMillis(10));

            CheckResult result = Docstack.check(TestFiles.site(root, out).antoraSource(Path.of("docs")).build(),
                    CheckOptions.reportingTo(out.resolve("reports")).withExternal(local));

            List<String> external = result.diagnostics().stream().filter(d -> d.rule().equals(Rules.EXTERNAL_STATUS))
                    .map(d -> d.file() + ":" + d.line() + ":" + d.column()).toList();
            assertThat(external).containsExactly("docs/modules/ROOT/partials/links.adoc:3:5");
        }
    }

    private static String target(Diagnostic diagnostic) {
        String message = diagnostic.message();
        return message.substring("'xref:".length(), message.indexOf("' does not exist"));
    }
}
