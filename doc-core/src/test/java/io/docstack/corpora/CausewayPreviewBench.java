package io.docstack.corpora;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.docstack.Docstack;
import io.docstack.config.SiteConfig;
import io.docstack.serve.Preview;

/**
 * The preview on real Antora content: {@code doc:serve}'s engine on a copy of Apache Causeway's
 * content roots (the configuration of {@link AdocCausewayCorpusTest}), timing the rebuild after
 * saving a page and after saving a partial that pages include, and counting the pages each
 * rebuild changed; then the same for a partial no page includes, whose save re-converts every
 * AsciiDoc page of its component, as every partial's did before includes were tracked. Run by {@code bench/antora-preview.sh}; not a test.
 */
public final class CausewayPreviewBench {

    private static final Pattern INCLUDE = Pattern.compile("include::partial\\$([^\\[]+)\\[");

    private CausewayPreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        Path copy = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        SiteConfig config = AdocCausewayCorpusTest.configuration(copy)
                .output(Files.createTempDirectory("causeway-preview").resolve("site")).build();
        Path[] partialAndPage = partialWithIncluder(config);
        Path page = partialAndPage[1];
        BlockingQueue<Preview.Rebuilt> builds = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        try (Preview preview = Docstack.serve(config, "127.0.0.1", 0, builds::add)) {
            Preview.Rebuilt first = builds.take();
            System.out.printf("first build and start: %d ms, %d files%n", (System.nanoTime() - start) / 1_000_000, first.files());
            Thread.sleep(3_000);
            builds.clear();
            time("page " + copy.relativize(page), page, edits, builds);
            time("partial " + copy.relativize(partialAndPage[0]), partialAndPage[0], edits, builds);
            // The fallback, for comparison in the same run: a file no page included yet may be included
            // now, so every AsciiDoc page of its component is converted again.
            Path fresh = partialAndPage[0].resolveSibling("bench-new-partial.adoc");
            Files.writeString(fresh, "New.\n");
            next(builds);
            time("partial no page includes (its component's pages reconverted)", fresh, edits, builds);
            Files.delete(fresh);
        }
    }

    /** Saves {@code file} {@code edits} times (each put back), printing the median rebuild and pages changed. */
    private static void time(String what, Path file, int edits, BlockingQueue<Preview.Rebuilt> builds) throws Exception {
        String original = Files.readString(file);
        long[] millis = new long[edits];
        int changed = 0;
        for (int i = 0; i < edits; i++) {
            Files.writeString(file, original + "\nEdited by CausewayPreviewBench " + i + ".\n");
            Preview.Rebuilt edit = next(builds);
            millis[i] = edit.millis();
            changed = edit.changed().size();
            Files.writeString(file, original);
            next(builds);
            Thread.sleep(500);
        }
        Arrays.sort(millis);
        System.out.printf("%s: rebuild median %d ms, max %d ms over %d saves; %d site files changed%n", what,
                millis[edits / 2], millis[edits - 1], edits, changed);
    }

    private static Preview.Rebuilt next(BlockingQueue<Preview.Rebuilt> builds) throws InterruptedException {
        Preview.Rebuilt build = builds.poll(60, TimeUnit.SECONDS);
        if (build == null || build.failure() != null) {
            throw new IllegalStateException("no rebuild: " + (build == null ? "timeout" : build.failure()));
        }
        return build;
    }

    /** A partial of a module and a page of the same module that includes it by resource id. */
    private static Path[] partialWithIncluder(SiteConfig config) throws Exception {
        for (Path root : config.antoraSources()) {
            List<Path> pages = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().contains("/pages/") && p.toString().endsWith(".adoc")).sorted().forEach(pages::add);
            }
            for (Path page : pages) {
                Matcher include = INCLUDE.matcher(Files.readString(page));
                Path module = page.getParent();
                while (module != null && !module.getFileName().toString().equals("pages")) {
                    module = module.getParent();
                }
                if (include.find() && module != null) {
                    Path partial = module.resolveSibling("partials").resolve(include.group(1));
                    if (Files.isRegularFile(partial)) {
                        return new Path[] {partial, page};
                    }
                }
            }
        }
        throw new IllegalStateException("no page includes a partial of its module");
    }
}
