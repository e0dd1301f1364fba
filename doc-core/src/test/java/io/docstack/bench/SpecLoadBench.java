package io.docstack.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import io.docstack.source.Catalog;
import io.docstack.spec.ApiSite;
import io.docstack.spec.OpenstackCorpus;
import io.docstack.spec.Specs;

/**
 * Prints how long {@link Specs#read} takes on every spec of the OpenStack corpus: the first load
 * in a fresh JVM (what {@code doc:build} pays) and the best of five more (warm). From the
 * repository root, after {@code mvn -q -o test-compile -pl doc-core}:
 *
 * <pre>
 * cd doc-core &amp;&amp; java -cp "target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" io.docstack.bench.SpecLoadBench
 * </pre>
 *
 * The corpus is found as {@link OpenstackCorpus#locate()} finds it ({@code -Ddocstack.corpora=<folder>} or
 * {@code shared/corpora} next to the repository).
 */
public final class SpecLoadBench {

    private SpecLoadBench() {
    }

    /** CPU time of the whole process: on a shared machine the wall time says more about the neighbours. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) {
        Path corpus = OpenstackCorpus.locate().orElseThrow(() -> new IllegalStateException(
                "corpus openapi-openstack not found; set -Ddocstack.corpora=<folder>"));
        Catalog catalog = OpenstackCorpus.catalog(corpus);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        ApiSite site = Specs.read(catalog);
        long cold = System.nanoTime() - start;
        long coldCpu = processCpuNanos() - cpuStart;
        int operations = site.services().stream().mapToInt(s -> s.operations().size()).sum();
        System.out.printf("%d services, %d operations, %d diagnostics%n", site.services().size(), operations,
                site.diagnostics().size());
        System.out.printf("cold (first load in this JVM): %d ms wall, %d ms CPU (all threads, JIT included), %d cores%n",
                cold / 1_000_000, coldCpu / 1_000_000, Runtime.getRuntime().availableProcessors());
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            start = System.nanoTime();
            Specs.read(catalog);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("warm (best of 5): %d ms%n", best / 1_000_000);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use after GC, the result still held: %d MiB (%d services)%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, site.services().size());
    }
}
