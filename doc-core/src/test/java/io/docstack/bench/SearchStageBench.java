package io.docstack.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.search.SearchDocument;
import io.docstack.search.SearchDocuments;
import io.docstack.search.SearchIndex;
import io.docstack.search.StaticIndex;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;
import io.docstack.spec.ApiPages;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Specs;

/**
 * Prints, round after round in one JVM, the wall time of the search steps of a build on a corpus
 * of projects (every sub-folder of the argument is one project, as in the benchmark corpus):
 * documents, index, export (with the process CPU time of each); and a digest of the documents,
 * to compare the text extraction of two versions. Usage as {@link SearchBench}, with arguments
 * {@code corpus-folder [rounds] [threads]} (threads convert the corpus).
 */
public final class SearchStageBench {

    private SearchStageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("search-stage-bench");
        SiteConfig.Builder builder = TestFiles.site(corpus, work.resolve("site")).threads(threads);
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> !f.endsWith("target")).sorted().toList()) {
                String name = folder.getFileName().toString();
                builder.project(new ProjectConfig(name, name, null, "1", folder, null));
            }
        }
        SiteConfig config = builder.build();
        Catalog catalog = Sources.aggregate(config);
        ConvertedSite pages = Converter.convert(catalog, config.limits(), threads, true, null);
        ApiSite apis = Specs.read(catalog, config.limits());
        ConvertedSite site = ApiPages.addTo(pages, apis, true);
        System.out.printf("%d pages converted%n", site.pages().size());
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpu0 = cpu();
            List<SearchDocument> documents = SearchDocuments.of(site, apis);
            long documented = System.nanoTime();
            long cpu1 = cpu();
            SearchIndex.write(documents, work.resolve("index"));
            long one = System.nanoTime();
            long cpu2 = cpu();
            long many = one;
            long cpu3 = cpu2;
            StaticIndex.write(work.resolve("index"), work.resolve("static"));
            long exported = System.nanoTime();
            long cpu4 = cpu();
            System.out.printf("round %d: %d documents %d ms (cpu %d), index %d ms (cpu %d),"
                    + " export %d ms (cpu %d); digest %s%n",
                    round, documents.size(), (documented - start) / 1_000_000, (cpu1 - cpu0) / 1_000_000,
                    (one - documented) / 1_000_000, (cpu2 - cpu1) / 1_000_000, (exported - many) / 1_000_000,
                    (cpu4 - cpu3) / 1_000_000, digest(documents));
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String digest(List<SearchDocument> documents) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (SearchDocument d : documents) {
            for (String field : List.of(d.project(), d.version(), d.pageTitle(), d.sectionTitle(), d.text(), d.url(), d.kind().name())) {
                digest.update(field.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
