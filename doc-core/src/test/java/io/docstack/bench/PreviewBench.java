package io.docstack.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.docstack.Docstack;
import io.docstack.TestFiles;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.serve.Preview;

/**
 * The preview's figures on a corpus of projects (every sub-folder of the argument is a project, as
 * in the benchmark corpus; it is edited and restored): time of the first build; time from saving a
 * page to the reload event naming it (median and p95 over the edits); time from renaming a heading
 * to the problem reaching the banner of a page that links to it; the process's resident memory.
 * Usage as {@link SearchBench}, with arguments {@code corpus-folder [edits]}. On the 10,000-page
 * suite: {@code bench/work/corpus/docstack}.
 */
public final class PreviewBench {

    /** Between the start and the first save. */
    private static final long SETTLE_MILLIS = 3_000;
    /** Between one edit put back and the next save. */
    private static final long PAUSE_MILLIS = 500;

    private PreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        SiteConfig.Builder builder = TestFiles.site(corpus, Files.createTempDirectory("preview-bench").resolve("site"));
        List<String> projects = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> !f.endsWith("target")).sorted().toList()) {
                String name = folder.getFileName().toString();
                projects.add(name);
                builder.project(new ProjectConfig(name, name, null, "1", folder, null));
            }
        }
        BlockingQueue<Preview.Rebuilt> builds = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        try (Preview preview = Docstack.serve(builder.build(), "127.0.0.1", 0, builds::add)) {
            System.out.printf("first build and start: %d ms, %d files; resident memory %d MiB%n",
                    (System.nanoTime() - start) / 1_000_000, builds.take().files(), residentMiB());
            try (Socket events = new Socket(preview.url().getHost(), preview.url().getPort())) {
                events.getOutputStream().write("GET /_docstack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                BufferedReader stream = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8));
                readUntil(stream, ": docstack preview");
                // A writer opens the page before saving: let the start's background work (merges, the JIT) settle.
                Thread.sleep(SETTLE_MILLIS);
                long[] reload = new long[edits];
                for (int i = 0; i < edits; i++) {
                    String project = projects.get(i % projects.size());
                    String page = String.format("page%03d", 1 + (i * 37) % 200);
                    Path source = corpus.resolve(project).resolve(page + ".md");
                    String original = Files.readString(source);
                    long saved = System.nanoTime();
                    Files.writeString(source, original + "\nEdited by PreviewBench " + i + ".\n");
                    String target = "\"" + project + "/1/" + page + ".html\"";
                    while (!readUntil(stream, "data: [").contains(target)) {
                        // an event of an earlier edit
                    }
                    reload[i] = System.nanoTime() - saved;
                    Files.writeString(source, original);
                    while (!readUntil(stream, "data: [").contains(target)) {
                        // the rest of the edit's build (search, data files), then the page put back
                    }
                    // A writer reads before saving again: let the search index and data files catch up.
                    Thread.sleep(PAUSE_MILLIS);
                }
                System.out.println("save -> reload event, in order (ms): "
                        + Arrays.toString(Arrays.stream(reload).map(nanos -> nanos / 1_000_000).toArray()));
                Arrays.sort(reload);
                System.out.printf("save -> reload event, %d edits: median %d ms, p95 %d ms, max %d ms%n", edits,
                        reload[edits / 2] / 1_000_000, reload[Math.min(edits - 1, edits * 95 / 100)] / 1_000_000,
                        reload[edits - 1] / 1_000_000);
            }
            printStages(builds);
            anchorRename(corpus, projects.get(0), preview.url());
            System.out.printf("resident memory after the edits: %d MiB%n", residentMiB());
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("live heap after a full collection: %d MiB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        }
    }

    /** The median time of each stage over the builds reported so far (the edits' builds). */
    private static void printStages(BlockingQueue<Preview.Rebuilt> builds) {
        List<Preview.Rebuilt> done = new ArrayList<>();
        builds.drainTo(done);
        java.util.Map<String, List<Long>> stages = new java.util.LinkedHashMap<>();
        for (Preview.Rebuilt build : done) {
            build.stages().forEach((stage, time) -> stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(time.toNanos() / 1000));
        }
        long[] millis = done.stream().mapToLong(Preview.Rebuilt::millis).sorted().toArray();
        System.out.println("first edit's build: " + done.get(0).millis() + " ms, " + done.get(0).stages().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().toMillis()).toList());
        StringBuilder line = new StringBuilder("median build " + millis[millis.length / 2] + " ms; median stage times over "
                + done.size() + " builds:");
        stages.forEach((stage, micros) -> {
            micros.sort(null);
            line.append(String.format(" %s %.1f ms,", stage, micros.get(micros.size() / 2) / 1000.0));
        });
        System.out.println(line.substring(0, line.length() - 1));
    }

    /** Renames page015's "Usage notes" heading; page002 links to it: time until page002's banner shows the problem. */
    private static void anchorRename(Path corpus, String project, URI url) throws Exception {
        Path source = corpus.resolve(project).resolve("page015.md");
        String original = Files.readString(source);
        if (!original.contains("## Usage notes")) {
            System.out.println("anchor rename: skipped (page015 has no 'Usage notes' heading)");
            return;
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest linking = HttpRequest.newBuilder(url.resolve(project + "/1/page002.html")).build();
        long saved = System.nanoTime();
        Files.writeString(source, original.replace("## Usage notes", "## Usage hints"));
        try {
            while (!reportsRename(client.send(linking, HttpResponse.BodyHandlers.ofString()).body())) {
                if (System.nanoTime() - saved > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException("no banner within 5 minutes");
                }
                Thread.sleep(10);
            }
            System.out.printf("anchor renamed -> problem in the linking page's banner: %d ms%n", (System.nanoTime() - saved) / 1_000_000);
        } finally {
            Files.writeString(source, original);
        }
    }

    /** Whether the page's banner (not its links, which name the anchor too) reports the renamed anchor. */
    private static boolean reportsRename(String page) {
        int banner = page.indexOf("id=\"docstack-problems\"");
        return banner >= 0 && page.indexOf("[link.anchor]", banner) >= 0 && page.indexOf("usage-notes", banner) >= 0;
    }

    private static String readUntil(BufferedReader stream, String prefix) throws IOException {
        for (String line = stream.readLine(); line != null; line = stream.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IOException("the event stream ended");
    }

    private static long residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
