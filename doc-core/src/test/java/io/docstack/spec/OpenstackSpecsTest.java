package io.docstack.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.docstack.model.Diagnostic;

/**
 * Every OpenStack spec of the {@code openapi-openstack} corpus loads without an error, with the
 * operation counts of the corpus README. Skipped when the corpus is absent (a user's clone).
 */
class OpenstackSpecsTest {

    @Test
    void everySpecLoadsWithTheReadmeOperationCounts() {
        Optional<Path> corpus = OpenstackCorpus.locate();
        assumeTrue(corpus.isPresent(), "corpus openapi-openstack not found (set -Ddocstack.corpora=<folder>)");

        ApiSite site = Specs.read(OpenstackCorpus.catalog(corpus.get()));

        assertThat(site.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
        Map<String, Integer> counts = new TreeMap<>();
        site.services().forEach(s -> counts.put(s.project().toString(), s.operations().size()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "block-storage@v2", 111, "block-storage@v3.70", 327, "compute@v2.96", 205, "identity@v3.14", 361,
                "image@v2", 76, "image@v2.16", 76, "load-balancing@v2", 76, "network@v2", 348, "object-store@v1", 14,
                "placement@v1", 36));
    }
}
