package io.docstack.corpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.Docstack;
import io.docstack.TestFiles;
import io.docstack.build.BuildResult;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;

/**
 * The OpenStack api-ref prose through the whole pipeline: each {@code .inc}/{@code .rst} file of
 * the corpus becomes a Markdown page whose {@code .. rest_method:: METHOD /path} lines are
 * {@code http} request blocks, on the line of the directive, in a site with one project per
 * service and its real spec; {@code doc:build} then checks them like any request example. The
 * errors must be exactly the corpus reference's 201 {@code NO-SPEC-OPERATION} lines, but those
 * the index matches as a router does (the {@code docstack-only} lines of
 * {@code openapi-openstack-differences.tsv}, see {@link OpenstackApiRefTest}), swift's {@code COPY}
 * (not a method of a request line) and cinder's {@code POST v3/{project_id}/workers/cleanup}
 * (a request line in the console form, without leading slash: {@code /v3/{project_id}/workers/cleanup}
 * is in the spec). Prints the build's stage times. Skipped when the corpus is absent.
 */
class OpenstackSiteTest {

    private static final Pattern REST_METHOD = Pattern.compile("^\\s*\\.\\. rest_method::\\s+(\\w+)\\s+(\\S+)");
    @TempDir
    Path site;

    @Test
    void theRestMethodsThatMatchNoOperationAreTheErrorsOfTheBuild() throws IOException {
        Path corpus = Corpora.locate("openapi-openstack", "specs").orElse(null);
        assumeTrue(corpus != null, "corpus openapi-openstack not found (set -Ddocstack.corpora=<folder>)");
        SiteConfig.Builder config = TestFiles.site(site, site.resolve("out")).title("OpenStack API guides");
        Set<String> expected = new TreeSet<>();
        for (ApiRefSet set : ApiRefSet.ALL) {
            Path docs = site.resolve(set.project());
            writePages(set.source(corpus), docs);
            config.project(new ProjectConfig(set.project(), null, null, "1", docs, null, null, List.of(set.specFile(corpus))));
        }
        for (String row : Files.readAllLines(corpus.resolve("_meta/rest_method-vs-spec.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = row.split("\t", -1);
            if (cells.length == 7 && cells[6].equals("NO-SPEC-OPERATION")) {
                ApiRefSet set = ApiRefSet.named(cells[0]);
                String page = cells[1].substring(set.sourcePrefix().length()).replaceFirst("^/", "")
                        .replaceFirst("\\.(inc|rst)$", ".md");
                expected.add(set.project() + "/" + page + ":" + cells[2]);
            }
        }
        BuildResult result = Docstack.build(config.build());
        System.out.printf("openapi-openstack site: %d pages (%d generated API reference pages), %d errors, %s%n",
                result.pages(), result.pages() - pageCount(), result.count(Severity.ERROR), result.stageSummary());

        List<String> errors = new ArrayList<>();
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError()) {
                assertThat(diagnostic.rule()).as(diagnostic.toString()).isIn(Rules.API_OPERATION, Rules.API_METHOD);
                errors.add(diagnostic.file() + ":" + diagnostic.line());
            }
        }
        assertThat(expected).hasSize(201);
        Set<String> notRequestLines = Set.of("object-store/storage-object-services.md:", "block-storage/worker-cleanup.md:");
        List<String> skipped = new ArrayList<>(expected.stream().filter(e -> notRequestLines.stream().anyMatch(e::startsWith)).toList());
        assertThat(skipped).hasSize(2);
        List<String> routed = routedByDocstack();
        assertThat(routed).hasSize(22).allMatch(expected::contains);
        skipped.addAll(routed);
        assertThat(errors).containsExactlyInAnyOrderElementsOf(expected.stream().filter(e -> !skipped.contains(e)).toList());
    }

    /** The reference's misses that the index matches, as {@code project/page.md:line}. */
    private static List<String> routedByDocstack() throws IOException {
        List<String> routed = new ArrayList<>();
        for (String row : Files.readAllLines(TestFiles.sourceResource("corpora/openapi-openstack-differences.tsv"),
                StandardCharsets.UTF_8)) {
            String[] cells = row.split("\t", -1);
            if (!row.startsWith("#") && cells.length > 5 && cells[5].equals("docstack-only")) {
                ApiRefSet set = ApiRefSet.named(cells[0]);
                routed.add(set.project() + "/" + cells[1].substring(set.sourcePrefix().length()).replaceFirst("^/", "")
                        .replaceFirst("\\.(inc|rst)$", ".md") + ":" + cells[2]);
            }
        }
        return routed;
    }

    private int pages;

    private int pageCount() {
        return pages;
    }

    /** One Markdown page per api-ref file; each rest_method becomes a request block on its own line. */
    private void writePages(Path apiRef, Path docs) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(apiRef)) {
            files = walk.filter(p -> p.toString().endsWith(".inc") || p.toString().endsWith(".rst")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> page = new ArrayList<>();
            page.add("# " + file.getFileName());
            while (page.size() < lines.size() + 2) {
                page.add("");
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = REST_METHOD.matcher(lines.get(i));
                if (m.find()) {
                    // The request line lands on the directive's line: the fence opens one line above.
                    page.set(i - 1, "```http");
                    page.set(i, m.group(1) + " " + m.group(2));
                    page.set(i + 1, "```");
                }
            }
            String name = apiRef.relativize(file).toString().replace('\\', '/').replaceFirst("\\.(inc|rst)$", ".md");
            TestFiles.write(docs.resolve(name), String.join("\n", page).getBytes(StandardCharsets.UTF_8));
            pages++;
        }
    }
}
