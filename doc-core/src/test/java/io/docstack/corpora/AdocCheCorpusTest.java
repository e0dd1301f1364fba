package io.docstack.corpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.Docstack;
import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;

/**
 * Eclipse Che's real Antora documentation ({@code bench/work/corpora/adoc-che}, which {@code
 * bench/corpus-che.sh} makes from eclipse-che/che-docs, Antora's verdict included): one content root that is the repository itself, 14 modules, 235 pages,
 * 271 page aliases, partials, examples and attachments by resource id, a prerelease version and
 * the playbook's start page. Antora 3.1.10 builds it with no message at all ({@code
 * _meta/antora-log.jsonl} is empty; AUTHORITATIVE). Docstack must report no error either, publish
 * the same pages at the same URLs (Antora's {@code indexify} style writes {@code page/index.html}
 * where Docstack writes {@code page.html}) and a redirect at every alias Antora writes one at, to
 * the same page ({@code _meta/antora-output.tsv}). The configuration is the one a user writes in
 * the POM ({@code corpora/adoc-che-configuration.xml}). Skipped when the corpus is absent.
 */
class AdocCheCorpusTest {

    private static final String CORPUS = "adoc-che";
    private static final Pattern REFRESH = Pattern.compile("http-equiv=\"refresh\" content=\"0; url=([^\"]*)\"");

    @TempDir
    Path temp;

    @Test
    void antoraBuildsItWithoutAProblemAndSoDoesDocstackWithTheSamePagesAndRedirects() throws Exception {
        Optional<Path> corpus = Corpora.locate(CORPUS, "_meta/antora-output.tsv");
        assumeTrue(corpus.isPresent(), "corpus " + CORPUS + " not found (set -Ddocstack.corpora=<folder>)");
        Path root = corpus.get();
        SiteConfig config = Corpora.configuration(root, "/corpora/adoc-che-configuration.xml")
                .output(temp.resolve("site")).build();

        BuildResult result = Docstack.build(config);

        assertThat(Files.size(root.resolve("_meta/antora-log.jsonl"))).as("Antora's log").isZero();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        List<String[]> antora = Files.readAllLines(root.resolve("_meta/antora-output.tsv")).stream().skip(1)
                .map(line -> line.split("\t", -1)).toList();
        TreeSet<String> antoraPages = antora.stream().filter(row -> row[1].equals("page"))
                .map(row -> docstackPath(row[0])).collect(Collectors.toCollection(TreeSet::new));
        assertThat(antoraPages).hasSize(235);
        assertThat(docstackPages(config.output())).isEqualTo(antoraPages);
        Map<String, String> antoraRedirects = new TreeMap<>();
        antora.stream().filter(row -> row[1].equals("redirect"))
                .forEach(row -> antoraRedirects.put(docstackPath(row[0]), docstackPath(target(row[0], row[2]))));
        assertThat(antoraRedirects).hasSize(271);
        assertThat(docstackRedirects(config.output())).isEqualTo(antoraRedirects);
    }

    /**
     * Where Docstack writes the file Antora writes at {@code path}: {@code a/b/index.html} is {@code
     * a/b.html}, but the site's and a component version's own {@code index.html} ({@code
     * docs/next/index.html}, its start page redirect) stay (this corpus has no page named index).
     */
    private static String docstackPath(String path) {
        return path.split("/").length <= 3 || !path.endsWith("/index.html") ? path
                : path.substring(0, path.length() - "/index.html".length()) + ".html";
    }

    /** The file a redirect at {@code from} leads to: its URL resolved against the redirect's own URL. */
    private static String target(String from, String url) {
        String base = from.endsWith("index.html") ? from.substring(0, from.length() - "index.html".length()) : from;
        String resolved = URI.create("https://site.invalid/" + base).resolve(url).getPath().substring(1);
        return resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
    }

    private static TreeSet<String> docstackPages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).filter(file -> !redirect(file))
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.startsWith("docs/")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Map<String, String> docstackRedirects(Path site) throws Exception {
        Map<String, String> redirects = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).filter(AdocCheCorpusTest::redirect).toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                Matcher refresh = REFRESH.matcher(Files.readString(file));
                redirects.put(path, refresh.find() ? target(path, refresh.group(1)) : "(no refresh)");
            }
        }
        return redirects;
    }

    private static boolean redirect(Path file) {
        try {
            return Files.readString(file).contains("http-equiv=\"refresh\"");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
