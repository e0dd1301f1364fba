package io.docstack.corpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.spec.ApiSite;
import io.docstack.spec.OperationIndex;
import io.docstack.spec.Specs;

/**
 * The real OpenStack api-ref prose against the real specs ({@code ../shared/corpora/openapi-openstack}):
 * every {@code .. rest_method:: METHOD /path} line is looked up with {@link OperationIndex}, the
 * matcher behind request lines and {@code api:service:METHOD /path} references. The corpus's own
 * reference ({@code _meta/rest_method-vs-spec.tsv}, 1,117 of 1,318 matched by a Python script that
 * swaps version prefixes) is compared line by line; every difference is listed, with its reason, in
 * {@code src/test/resources/corpora/openapi-openstack-differences.tsv}. Rerun with
 * {@code -Dgolden.update=true} to rewrite that list (then explain the new lines). Skipped when the
 * corpus is absent.
 */
class OpenstackApiRefTest {

    private static final String CORPUS = "openapi-openstack";
    private static final String DIFFERENCES = "corpora/openapi-openstack-differences.tsv";
    private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update"));
    private static final Pattern REST_METHOD = Pattern.compile("^\\s*\\.\\. rest_method::\\s+(\\w+)\\s+(\\S+)");

    private static Path corpus;
    private static ApiSite site;

    @BeforeAll
    static void loadSpecs() {
        corpus = Corpora.locate(CORPUS, "specs").orElse(null);
        assumeTrue(corpus != null, "corpus " + CORPUS + " not found (set -Ddocstack.corpora=<folder>)");
        List<ProjectSources> projects = new ArrayList<>();
        for (ApiRefSet set : ApiRefSet.ALL) {
            Path spec = set.specFile(corpus);
            ProjectConfig config = new ProjectConfig(set.name(), null, null, "1", corpus, null, null, List.of(spec));
            projects.add(new ProjectSources(config, List.of(), null,
                    List.of(new ProjectSources.SpecSource(spec, set.spec(), true))));
        }
        site = Specs.read(new Catalog(projects, List.of()));
    }

    /** One rest_method line and whether the matcher found its operation. */
    private record Line(String service, String file, int line, String method, String path, boolean match) {
        String key() {
            return service + "\t" + file + "\t" + line;
        }
    }

    @Test
    void everyRestMethodLineIsLookedUpAndDiffersFromTheReferenceOnlyAsExplained() throws IOException {
        assertThat(site.diagnostics()).isEmpty();
        List<Line> lines = restMethodLines();
        assertThat(lines).hasSize(1_318);
        Map<String, String> reference = reference();
        assertThat(reference).hasSize(1_318);
        Map<String, String> differences = new TreeMap<>();
        for (Line line : lines) {
            boolean theirs = reference.get(line.key()).equals("match");
            if (theirs != line.match()) {
                differences.put(line.key(), line.method() + "\t" + line.path() + "\t" + (line.match() ? "docstack-only" : "reference-only"));
            }
        }
        long matched = lines.stream().filter(Line::match).count();
        System.out.printf("openapi-openstack: %d rest_method lines, %d matched (reference: 1117), %d differences%n",
                lines.size(), matched, differences.size());
        checkDifferences(differences);
    }

    private List<Line> restMethodLines() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (ApiRefSet set : ApiRefSet.ALL) {
            OperationIndex index = new OperationIndex(site.services().stream()
                    .filter(s -> s.service().equals(set.name())).findFirst().orElseThrow());
            Path apiRef = corpus.resolve("api-ref");
            Path base = set.source(corpus);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(base)) {
                files = walk.filter(p -> p.toString().endsWith(".inc") || p.toString().endsWith(".rst")).sorted().toList();
            }
            for (Path file : files) {
                List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < text.size(); i++) {
                    Matcher m = REST_METHOD.matcher(text.get(i));
                    if (m.find()) {
                        boolean found = index.find(m.group(1), m.group(2)) instanceof OperationIndex.Found;
                        lines.add(new Line(set.name(), apiRef.relativize(file).toString().replace('\\', '/'), i + 1,
                                m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2), found));
                    }
                }
            }
        }
        return lines;
    }

    /** The corpus's verdict per (service, file, line): match or NO-SPEC-OPERATION. */
    private static Map<String, String> reference() throws IOException {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String row : Files.readAllLines(corpus.resolve("_meta/rest_method-vs-spec.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = row.split("\t", -1);
            if (cells.length == 7 && !cells[2].isEmpty() && !cells[0].equals("service")) {
                verdicts.put(cells[0] + "\t" + cells[1] + "\t" + cells[2], cells[6]);
            }
        }
        return verdicts;
    }

    /** The differences must be exactly those listed (and explained) in the resource file. */
    private static void checkDifferences(Map<String, String> differences) throws IOException {
        Path source = TestFiles.sourceResource(DIFFERENCES);
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String row : read().lines().toList()) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t", -1);
            String key = cells[0] + "\t" + cells[1] + "\t" + cells[2];
            expected.put(key, cells[3] + "\t" + cells[4] + "\t" + cells[5]);
            reasons.put(key, cells.length > 6 ? cells[6] : "");
        }
        if (UPDATE) {
            StringBuilder out = new StringBuilder("# service\tfile\tline\tmethod\tpath\twho matches\treason\n");
            differences.forEach((key, value) -> out.append(key).append('\t').append(value).append('\t')
                    .append(reasons.getOrDefault(key, "")).append('\n'));
            Files.writeString(source, out.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(differences).isEqualTo(expected);
        assertThat(reasons.values()).as("every difference is explained").allMatch(reason -> !reason.isBlank());
    }

    private static String read() {
        try (InputStream in = OpenstackApiRefTest.class.getClassLoader().getResourceAsStream(DIFFERENCES)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
