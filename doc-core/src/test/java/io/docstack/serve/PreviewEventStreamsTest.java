package io.docstack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.docstack.model.SitePath;
import io.docstack.serve.RawHttp.EventStream;

/**
 * Live-reload streams are held without a thread each: many open tabs leave the preview answering,
 * streams past {@link PreviewServer#MAX_EVENT_STREAMS} are refused, and closed ones are let go.
 */
class PreviewEventStreamsTest {

    private static final int TABS = 200;
    private final List<EventStream> streams = new ArrayList<>();
    private PreviewServer server;

    @BeforeEach
    void start() {
        server = PreviewServer.start(site("<html><body>Launch</body></html>"), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        streams.forEach(EventStream::close);
        server.close();
    }

    @Test
    void pagesAnswerPromptlyWhileManyEventStreamsAreOpen() throws IOException {
        open(TABS);
        assertThat(server.eventStreams()).isEqualTo(TABS);
        long start = System.nanoTime();
        assertThat(RawHttp.get(server.url(), "/a.html")).startsWith("HTTP/1.1 200").contains("Launch");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void aReloadEventReachesEveryOpenStream() throws IOException {
        open(TABS);
        assertThat(server.publish(site("<html><body>Boot</body></html>"))).containsExactly(SitePath.of("a.html"));
        for (EventStream stream : streams) {
            assertThat(stream.lineStartingWith("data: ")).isEqualTo("data: [\"a.html\"]");
        }
    }

    @Test
    void streamsPastTheLimitAreRefusedWith503SayingWhy() throws IOException {
        open(PreviewServer.MAX_EVENT_STREAMS);
        String refused = RawHttp.exchange(server.url(), "GET /_docstack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(refused).startsWith("HTTP/1.1 503").contains("text/plain")
                .contains(PreviewServer.MAX_EVENT_STREAMS + " live-reload streams");
        assertThat(server.eventStreams()).isEqualTo(PreviewServer.MAX_EVENT_STREAMS);
        assertThat(RawHttp.get(server.url(), "/a.html")).startsWith("HTTP/1.1 200");
    }

    @Test
    void closedStreamsAreReleased() throws Exception {
        open(PreviewServer.MAX_EVENT_STREAMS);
        streams.forEach(EventStream::close);
        streams.clear();
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (server.eventStreams() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.eventStreams()).isZero();
        // the slots are free again: as many tabs as the limit can listen once more
        open(PreviewServer.MAX_EVENT_STREAMS);
        assertThat(server.eventStreams()).isEqualTo(PreviewServer.MAX_EVENT_STREAMS);
    }

    @Test
    void stoppingTheServerEndsTheOpenStreams() throws IOException {
        open(TABS);
        long start = System.nanoTime();
        server.close();
        for (EventStream stream : streams) {
            stream.in().transferTo(java.io.Writer.nullWriter()); // to its end: a stream left open times out here
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    private void open(int count) throws IOException {
        URI url = server.url();
        for (int i = 0; i < count; i++) {
            streams.add(EventStream.open(url, 5_000));
        }
    }

    private static SiteSnapshot site(String page) {
        MemorySite site = new MemorySite();
        site.write(SitePath.of("a.html"), page.getBytes(StandardCharsets.UTF_8));
        return site.snapshot();
    }
}
