package io.docstack.serve;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The pages that listen for changes: each open page holds one server-sent-events
 * {@link EventStream}, and no thread waits on any of them, so open tabs cannot use up the
 * server's threads. At most {@code maxStreams} are open at once. A build publishes the site paths
 * it changed as one event; a page reloads when its own path is among them. Thread-safe; close it once.
 */
final class LiveReload implements AutoCloseable {

    /** An event a page receives: an SSE {@code event:} name and its one-line data. */
    record Event(String name, String data) {
        byte[] wire() {
            return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Sent when nothing happened for this long, so proxies, browsers and Jetty's idle timeout keep the stream open. */
    static final long KEEP_ALIVE_SECONDS = 15;
    private static final byte[] OPENING = ": docstack preview\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

    private final int maxStreams;
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "docstack-keep-alive");
        thread.setDaemon(true);
        return thread;
    });

    LiveReload(int maxStreams) {
        this.maxStreams = maxStreams;
        keepAlive.scheduleAtFixedRate(() -> streams.forEach(stream -> stream.send(KEEP_ALIVE)),
                KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Answers {@code request} with a stream that stays open until the page goes away or the server
     * stops, and returns at once; false, with nothing written, when {@code maxStreams} are open.
     */
    boolean listen(Request request, Response response, Callback done) {
        EventStream stream = new EventStream(response, done, streams::remove);
        synchronized (streams) {
            if (streams.size() >= maxStreams) {
                return false;
            }
            streams.add(stream);
        }
        stream.start(request, OPENING);
        return true;
    }

    int maxStreams() {
        return maxStreams;
    }

    int size() {
        return streams.size();
    }

    void publish(Event event) {
        byte[] wire = event.wire();
        streams.forEach(stream -> stream.send(wire));
    }

    /** Ends every stream (the server is stopping). */
    @Override
    public void close() {
        keepAlive.shutdownNow();
        streams.forEach(EventStream::end);
    }
}
