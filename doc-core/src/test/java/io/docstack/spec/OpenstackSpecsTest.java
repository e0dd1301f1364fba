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
 *
 * <p>Every count matches the README's table. Its total (1,554) counts image once; here
 * {@code image/v2.yaml} and {@code image/v2.16.yaml} are two project versions of 76 operations
 * each, so the site has 1,630.
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

    @Test
    void pathCountsMatchTheReadmeAndAnchorsAreUniquePerService() {
        Optional<Path> corpus = OpenstackCorpus.locate();
        assumeTrue(corpus.isPresent(), "corpus openapi-openstack not found (set -Ddocstack.corpora=<folder>)");

        ApiSite site = Specs.read(OpenstackCorpus.catalog(corpus.get()));

        Map<String, Integer> paths = new TreeMap<>();
        for (ServiceSpec service : site.services()) {
            paths.put(service.project().toString(), (int) service.operations().stream().map(Operation::path).distinct().count());
            assertThat(service.operations().stream().map(Operation::anchor).distinct().count())
                    .as(service.project() + " anchors").isEqualTo(service.operations().size());
            assertThat(service.tags()).extracting(t -> t.page().value()).doesNotHaveDuplicates()
                    .doesNotContain(ServiceSpec.indexPage().value());
        }
        // Paths with operations; the README counts path items, which here all have at least one.
        assertThat(paths).containsExactlyInAnyOrderEntriesOf(Map.of(
                "block-storage@v2", 67, "block-storage@v3.70", 199, "compute@v2.96", 131, "identity@v3.14", 121,
                "image@v2", 47, "image@v2.16", 47, "load-balancing@v2", 39, "network@v2", 147, "object-store@v1", 3,
                "placement@v1", 18));
    }
}
