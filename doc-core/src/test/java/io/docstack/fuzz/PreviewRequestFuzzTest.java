package io.docstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import io.docstack.Docstack;
import io.docstack.FuzzBuild;
import io.docstack.config.SiteConfig;
import io.docstack.serve.Preview;

/**
 * Fuzzes what the preview reads from a browser: the input is sent as it is (request lines,
 * headers, bodies; several requests when it holds several) through a socket to a real preview
 * server of a small site, then the socket's output is closed. Invariants: within
 * {@link Invariants#BUDGET} the server answers (or closes the connection); what it sends is HTTP,
 * bounded by the number of requests times the largest file of the site, and never holds the
 * secret outside the docs folder; after it, the server still serves the good page; and nothing
 * in the sandbox changed.
 */
@Tag("fuzz")
class PreviewRequestFuzzTest {

    /** Headers and framing allowed per response besides its body. */
    private static final int HEAD_BYTES = 16 * 1024;
    private static final byte[] GOOD_REQUEST = "GET /fuzz/1.0/good.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** Each of the two exchanges of an input (its own, then the good page's) gets under half the budget. */
    private static final long EXCHANGE_MILLIS = Invariants.BUDGET.toMillis() * 2 / 5;

    private static FuzzSite site;
    private static Preview preview;
    private static long largestFile;
    private static boolean loopbackAllowed;

    @BeforeAll
    static synchronized void start() {
        if (preview != null) {
            return;
        }
        site = FuzzSite.create();
        site.write("docs/page.md", "# Page\n\nSearchable words here, and [good](good.md).\n\n![pic](pic.png)\n"
                .getBytes(StandardCharsets.UTF_8));
        site.write("docs/pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        SiteConfig config = site.withDocs().build();
        largestFile = Collections.max(FuzzBuild.inMemory(config).files().values().stream().map(f -> (long) f.length).toList());
        preview = Docstack.serve(config, "127.0.0.1", 0, rebuilt -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(PreviewRequestFuzzTest::stop));
        Invariants.untimed(() -> exchange(GOOD_REQUEST, 30_000));
    }

    /**
     * The harness itself talks to the preview on the loopback; any other connection is a finding.
     * Told Jazzer once its sanitizers are loaded, with the first input: not before (BugDetectors
     * would find no sanitizer, for good), not in a replay (there is none).
     */
    private static synchronized void allowLoopback() {
        if (!loopbackAllowed && fuzzing()) {
            BugDetectors.allowNetworkConnections((host, port) -> host.equals("127.0.0.1") || host.equals("localhost"));
            loopbackAllowed = true;
        }
    }

    /** Whether Jazzer fuzzes (its sanitizers watch connections), not a plain replay. */
    private static boolean fuzzing() {
        return System.getProperty("JAZZER_FUZZ") != null || System.getenv("JAZZER_FUZZ") != null;
    }

    @AfterAll
    static synchronized void stop() {
        if (preview != null) {
            preview.close();
            preview = null;
            site.close();
        }
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        start();
        allowLoopback();
        Invariants.inTime("preview request", () -> site.confined(() -> {
            byte[] answer = exchange(input, EXCHANGE_MILLIS);
            if (answer.length > 0) {
                assertThat(new String(answer, 0, Math.min(answer.length, 8), StandardCharsets.ISO_8859_1))
                        .as("the start of the answer").startsWith("HTTP/1.");
            }
            long requests = 1;
            for (byte b : input) {
                requests += b == '\n' ? 1 : 0;
            }
            assertThat((long) answer.length).as("bytes answered").isLessThanOrEqualTo(requests * (largestFile + HEAD_BYTES));
            FuzzSite.assertNoSecret("the answer", answer);
            String good = new String(exchange(GOOD_REQUEST, EXCHANGE_MILLIS), StandardCharsets.UTF_8);
            assertThat(good).as("the good page after the input").startsWith("HTTP/1.1 200")
                    .contains("This page is fine and must be built.");
            return null;
        }));
    }

    /**
     * Sends {@code request}, closes the sending side and reads the answer until the server closes
     * the connection, or until the answer is an event stream (which stays open on purpose).
     *
     * @throws AssertionError when the server neither answers nor closes within {@code millis}
     */
    private static byte[] exchange(byte[] request, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", preview.url().getPort()), (int) millis);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new SocketTimeoutException();
                }
                socket.setSoTimeout((int) left);
                int read = in.read(buffer);
                if (read < 0) {
                    return answer.toByteArray();
                }
                answer.write(buffer, 0, read);
                if (eventStream(answer.toByteArray())) {
                    return answer.toByteArray();
                }
            }
        } catch (SocketTimeoutException e) {
            if (eventStream(answer.toByteArray())) {
                return answer.toByteArray();
            }
            throw new AssertionError("the preview neither answered nor closed within " + millis + " ms; it sent "
                    + answer.size() + " bytes: " + head(answer.toByteArray()));
        } catch (IOException e) {
            // A reset connection is an answer too: the server refused the bytes.
            return answer.toByteArray();
        }
    }

    private static boolean eventStream(byte[] answer) {
        String head = head(answer);
        return head.contains("\r\n\r\n") && head.toLowerCase(java.util.Locale.ROOT).contains("content-type: text/event-stream");
    }

    private static String head(byte[] answer) {
        return new String(answer, 0, Math.min(answer.length, 2048), StandardCharsets.ISO_8859_1);
    }
}
