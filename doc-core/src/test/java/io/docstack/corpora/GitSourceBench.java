package io.docstack.corpora;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.docstack.config.SiteConfig;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;

/**
 * The source stage on Apache Causeway's content read from folders and from one git branch (the
 * same 68 roots as start paths of a git source, committed once), alternating, in one process:
 * median time of each and their ratio. Run by {@code bench/git-source.sh}; not a test.
 */
public final class GitSourceBench {

    private GitSourceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SiteConfig folders = AdocCausewayCorpusTest.configuration(root).build();
        Path work = Files.createTempDirectory("git-source-bench");
        long commitStart = System.nanoTime();
        Path repository = Corpora.commit(root, work.resolve("causeway.git"));
        System.out.printf("corpus committed in %d ms%n", (System.nanoTime() - commitStart) / 1_000_000);
        SiteConfig git = AdocCausewayCorpusTest.gitConfiguration(root, repository, work.resolve("cache")).build();
        long[] fromFolders = new long[runs];
        long[] fromGit = new long[runs];
        int files = 0;
        for (int i = 0; i < runs; i++) {
            fromFolders[i] = time(folders);
            long start = System.nanoTime();
            Catalog catalog = Sources.aggregate(git);
            fromGit[i] = System.nanoTime() - start;
            files = catalog.projects().stream().mapToInt(p -> p.files().size()).sum();
        }
        Arrays.sort(fromFolders);
        Arrays.sort(fromGit);
        System.out.printf("source stage, %d runs, %d files: folders median %d ms, git branch median %d ms, git / folders %.2f%n",
                runs, files, fromFolders[runs / 2] / 1_000_000, fromGit[runs / 2] / 1_000_000,
                (double) fromGit[runs / 2] / fromFolders[runs / 2]);
    }

    private static long time(SiteConfig config) {
        long start = System.nanoTime();
        Sources.aggregate(config);
        return System.nanoTime() - start;
    }
}
