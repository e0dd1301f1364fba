package io.docstack.corpora;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.docstack.Docstack;
import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;
import io.docstack.model.Severity;
import io.docstack.publish.SiteWriter;

/**
 * Prints, per real corpus in {@code ../shared/corpora}, what a full build with the configuration
 * its corpus test uses gives: projects, files read and skipped, pages written, errors, warnings,
 * infos and wall time. The figures of a closing note; not a test (the corpus tests assert the
 * truth). Run: {@code bench/test-main.sh io.docstack.corpora.CorpusFigures}. Absent corpora are
 * said so and left out.
 */
public final class CorpusFigures {

    private CorpusFigures() {
    }

    private interface Configuration {
        SiteConfig.Builder of(Path root) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%-16s %9s %12s %8s %7s %9s %6s %8s%n", "corpus", "projects", "read/skipped", "pages", "errors",
                "warnings", "infos", "seconds");
        figures("adoc-causeway", "_meta", AdocCausewayCorpusTest::configuration);
        figures("adoc-che", "_meta/antora-output.tsv", root -> Corpora.configuration(root, "/corpora/adoc-che-configuration.xml"));
        figures("md-knative", "docs", KnativeCorpusTest::configuration);
    }

    /** How many problems of each severity and rule, as {@code error link.broken 56, warning ...}. */
    private static String byRule(BuildResult result) {
        return result.diagnostics().stream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + d.rule(),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void figures(String name, String marker, Configuration configuration) throws Exception {
        Optional<Path> root = Corpora.locate(name, marker);
        if (root.isEmpty()) {
            System.out.printf("%-16s not found (set -Ddocstack.corpora=<folder>)%n", name);
            return;
        }
        Path output = Files.createTempDirectory("docstack-corpus-").resolve("site");
        try {
            long start = System.nanoTime();
            BuildResult result = Docstack.build(configuration.of(root.get()).output(output).build());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-16s %9d %12s %8d %7d %9d %6d %8.1f%n", name, result.sources().projects(),
                    result.sources().filesRead() + "/" + result.sources().filesSkipped(), result.pages(),
                    result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO), seconds);
            System.out.printf("%-16s %s%n", "", byRule(result));
            // -Ddocstack.figures.rule=link.anchor lists that rule's problems, to tell true ones from false.
            String rule = System.getProperty("docstack.figures.rule");
            result.diagnostics().stream().filter(d -> d.rule().equals(rule)).forEach(d -> System.out.println("    " + d.format()));
        } finally {
            SiteWriter.deleteTree(output.getParent());
        }
    }
}
