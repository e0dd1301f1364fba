package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.serve.Preview;

/**
 * {@code doc:serve}'s engine on the sample suite: the site is served from memory, an edit of a
 * page's source reaches the open event streams as the page's path and the served page shows it; a
 * page broken, deleted, then restored keeps the server serving.
 */
class PreviewTest {

    private static final String PORTS = "network/1.9/guide/ports.html";

    @TempDir
    Path copy;

    @Test
    void anEditIsServedAndAnnouncedToTheOpenPages() throws Exception {
        Path suite = SampleSuite.copyTo(copy.resolve("suite"));
        Path outside = Files.writeString(copy.resolve("outside.md"), "# Secret\n\nOutside the docs tree.\n");
        Files.createSymbolicLink(suite.resolve("network/src/docs/guide/secret.md"), outside);
        BlockingQueue<Preview.Rebuilt> builds = new LinkedBlockingQueue<>();
        try (Preview preview = Docstack.serve(SampleSuite.site(suite).build(), "127.0.0.1", 0, builds::add)) {
            Preview.Rebuilt first = builds.poll(1, TimeUnit.SECONDS);
            assertThat(first.failure()).isNull();
            assertThat(first.files()).isGreaterThan(80);
            assertThat(first.stages()).containsKeys("source", "convert", "link", "nav", "render");
            // served pages search through the server: the static export is not built
            assertThat(get(preview.url(), "/_docstack/search/meta.json")).startsWith("HTTP/1.1 404");
            assertThat(get(preview.url(), "/" + PORTS)).startsWith("HTTP/1.1 200").contains("Create a port")
                    .contains("/_docstack/live.js");
            assertThat(get(preview.url(), "/")).startsWith("HTTP/1.1 200");
            // a link out of the docs tree is not part of the site, so it is not served
            assertThat(get(preview.url(), "/network/1.9/guide/secret.html")).startsWith("HTTP/1.1 404")
                    .doesNotContain("Outside the docs tree");
            // the server's search, from the build's Lucene index, with filters
            assertThat(get(preview.url(), "/_docstack/search?q=create%20a%20port&limit=3")).startsWith("HTTP/1.1 200")
                    .contains("application/json").contains("{\"hits\":[{\"url\":\"" + PORTS + "#create-a-port\"");
            assertThat(get(preview.url(), "/_docstack/search?q=create%20a%20port&project=compute"))
                    .doesNotContain("\"project\":\"network\"");
            assertThat(get(preview.url(), "/_docstack/search?q=%22%29%28*%5B&limit=x")).startsWith("HTTP/1.1 200").contains("{\"hits\":[");

            try (Socket events = new Socket(preview.url().getHost(), preview.url().getPort())) {
                events.setSoTimeout(60_000);
                events.getOutputStream().write("GET /_docstack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                BufferedReader stream = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8));
                assertThat(readUntil(stream, ": docstack preview")).isNotNull();

                Path source = suite.resolve("network/src/docs/guide/ports.md");
                Files.writeString(source, Files.readString(source) + "\n\nEdited in the preview test.\n");
                String changed = readUntil(stream, "data: [");
                assertThat(changed).contains("\"" + PORTS + "\"");
                assertThat(get(preview.url(), "/" + PORTS)).contains("Edited in the preview test.");

                // a broken link: the page shows the problem in the preview's banner
                String original = Files.readString(source);
                Files.writeString(source, original + "\nSee [the missing page](no-such-page.md).\n");
                awaitServed(preview.url(), PORTS, page -> page.contains("docstack-problems"));
                assertThat(get(preview.url(), "/" + PORTS)).contains("[link.broken]").contains("no-such-page.md");
                Files.writeString(source, original);
                awaitServed(preview.url(), PORTS, page -> !page.contains("docstack-problems"));

                // broken, deleted, restored: the server keeps serving and comes back
                Files.writeString(source, "---\ntitle: [unclosed\n---\n# Ports\nBroken in the preview test.\n");
                awaitServed(preview.url(), PORTS, page -> !page.contains("Edited in the preview test."));
                assertThat(get(preview.url(), "/")).startsWith("HTTP/1.1 200");
                Files.delete(source);
                awaitServed(preview.url(), PORTS, page -> page.startsWith("HTTP/1.1 404"));
                Files.writeString(source, original);
                awaitServed(preview.url(), PORTS, page -> page.startsWith("HTTP/1.1 200") && page.contains("Edited in the preview test."));
                assertThat(builds).allSatisfy(build -> assertThat(build.failure()).isNull());
            }
        }
    }

    /** Asks for {@code path} until the answer satisfies {@code served} (the rebuild after an edit landed), at most 60 s. */
    private static void awaitServed(URI url, String path, java.util.function.Predicate<String> served) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String answer = get(url, "/" + path);
        while (!served.test(answer)) {
            assertThat(System.nanoTime()).as("served in time: %s", answer.lines().findFirst().orElse("")).isLessThan(deadline);
            Thread.sleep(100);
            answer = get(url, "/" + path);
        }
    }

    private static String readUntil(BufferedReader stream, String prefix) throws IOException {
        for (String line = stream.readLine(); line != null; line = stream.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    private static String get(URI url, String path) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
