package io.docstack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.docstack.model.SitePath;

/** The preview server over real HTTP: raw request lines on a socket, so nothing normalizes them first. */
class PreviewServerTest {

    private static final String PAGE = "<!doctype html><html><body><h1>Launch</h1></body></html>";
    private PreviewServer server;

    @BeforeEach
    void start() {
        MemorySite site = new MemorySite();
        site.write(SitePath.of("index.html"), "<html><body>home</body></html>".getBytes(StandardCharsets.UTF_8));
        site.write(SitePath.of("compute/2.4/guide/launch.html"), PAGE.getBytes(StandardCharsets.UTF_8));
        site.write(SitePath.of("_docstack/docstack.css"), "body{}".getBytes(StandardCharsets.UTF_8));
        server = PreviewServer.start(site.snapshot(), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesPagesWithTheLiveScriptAndAssetsAsTheyAre() throws IOException {
        assertThat(server.url().toString()).startsWith("http://127.0.0.1:").endsWith("/");
        String page = get("/compute/2.4/guide/launch.html");
        assertThat(page).startsWith("HTTP/1.1 200").contains("text/html").contains("<h1>Launch</h1><script src=\"/_docstack/live.js\"></script></body>");
        assertThat(get("/")).startsWith("HTTP/1.1 200").contains("home");
        assertThat(get("/_docstack/docstack.css")).startsWith("HTTP/1.1 200").contains("text/css").endsWith("body{}");
        assertThat(get("/_docstack/live.js")).startsWith("HTTP/1.1 200").contains("EventSource");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/compute/..%2f..%2fsecret.txt",
            "/%5c..%5cwin.ini", "/index.html%00.txt", "//etc/passwd", "http://evil.example/../secret.txt",
            "/compute/%2E%2E/%2E%2E/secret.txt"})
    void escapesGetAnErrorThatDoesNotRepeatThem(String target) throws IOException {
        String answer = request("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(answer).matches("(?s)HTTP/1.1 (400|404|421).*");
        assertThat(answer).doesNotContain("etc/passwd", "secret", "win.ini", "evil");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%C0%AE%C0%AE/secret.txt", "/..;/secret.txt", "/secret%0d%0aSet-Cookie:%20evil=1", "/a%09secret.html",
            "/%ED%A0%80secret", "/secret%", "*", "/secret\u0001.html"})
    void hostileRequestLinesGetAnErrorAndThePreviewGoesOn(String target) throws IOException {
        assertThat(request("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .matches("(?s)HTTP/1.1 (400|404) .*").doesNotContain("secret", "evil");
        assertThat(get("/compute/2.4/guide/launch.html")).startsWith("HTTP/1.1 200");
    }

    @Test
    void anOverlongRequestLineIs414AndThePreviewGoesOn() throws IOException {
        assertThat(get("/" + "secret/".repeat(20_000))).startsWith("HTTP/1.1 414").doesNotContain("secret");
        assertThat(get("/compute/2.4/guide/launch.html")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aPagesProblemsAreShownInAnEscapedBanner() throws IOException {
        MemorySite site = new MemorySite();
        site.write(SitePath.of("a.html"), PAGE.getBytes(StandardCharsets.UTF_8));
        server.publish(site.snapshot(java.util.Map.of(SitePath.of("a.html"),
                java.util.List.of("a.md:3:5: error [link.broken] no page '<script>alert(1)</script>.md'")), null));
        // the same HTML with other problems is a change: the open page reloads to show its banner
        MemorySite fixed = new MemorySite();
        fixed.write(SitePath.of("a.html"), PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(fixed.snapshot().changedSince(server.site())).containsExactly(SitePath.of("a.html"));
        String page = get("/a.html");
        assertThat(page).contains("id=\"docstack-problems\"").contains("1 problem in this page's source")
                .contains("a.md:3:5: error [link.broken] no page &#39;&lt;script&gt;alert(1)&lt;/script&gt;.md&#39;")
                .doesNotContain("<script>alert(1)");
        assertThat(get("/compute/2.4/guide/launch.html")).doesNotContain("docstack-problems");
    }

    @Test
    void missingPagesAre404WithoutEcho() throws IOException {
        String answer = get("/no-such-page-xyz.html");
        assertThat(answer).startsWith("HTTP/1.1 404").doesNotContain("no-such-page-xyz");
    }

    @Test
    void onlyGetAndHead() throws IOException {
        assertThat(request("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 405").contains("Allow: GET, HEAD");
        String head = request("HEAD /compute/2.4/guide/launch.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(head).startsWith("HTTP/1.1 200").doesNotContain("<h1>");
    }

    @Test
    void aPublishedChangeReachesTheOpenEventStreams() throws Exception {
        URI url = server.url();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(("GET /_docstack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> changed = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("data: [")) {
                            return line;
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // wait until the stream is registered, then publish an edit of one page
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            MemorySite next = new MemorySite();
            next.write(SitePath.of("index.html"), "<html><body>home</body></html>".getBytes(StandardCharsets.UTF_8));
            next.write(SitePath.of("compute/2.4/guide/launch.html"), PAGE.replace("Launch", "Boot").getBytes(StandardCharsets.UTF_8));
            next.write(SitePath.of("_docstack/docstack.css"), "body{}".getBytes(StandardCharsets.UTF_8));
            Thread.sleep(200);
            assertThat(server.publish(next.snapshot())).containsExactly(SitePath.of("compute/2.4/guide/launch.html"));
            assertThat(changed.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS))
                    .isEqualTo("data: [\"compute/2.4/guide/launch.html\"]");
            assertThat(get("/compute/2.4/guide/launch.html")).contains("<h1>Boot</h1>");
        }
    }

    private String get(String path) throws IOException {
        return RawHttp.get(server.url(), path);
    }

    private String request(String raw) throws IOException {
        return RawHttp.exchange(server.url(), raw);
    }
}
