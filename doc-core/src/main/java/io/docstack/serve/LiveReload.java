package io.docstack.serve;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The pages that listen for changes: each open page holds one server-sent-events stream, fed
 * from its own queue. A build publishes the site paths it changed as one event; a page reloads
 * when its own path is among them. Thread-safe.
 */
final class LiveReload {

    /** An event a page receives: an SSE {@code event:} name and its one-line data. */
    record Event(String name, String data) {
        String wire() {
            return "event: " + name + "\ndata: " + data + "\n\n";
        }
    }

    /** Sent when nothing happened for this long, so proxies and browsers keep the stream open. */
    static final long KEEP_ALIVE_SECONDS = 15;
    private static final Event CLOSED = new Event("closed", "");

    private final Set<BlockingQueue<Event>> listeners = new CopyOnWriteArraySet<>();

    BlockingQueue<Event> listen() {
        BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        return queue;
    }

    void stopListening(BlockingQueue<Event> queue) {
        listeners.remove(queue);
    }

    void publish(Event event) {
        listeners.forEach(queue -> queue.add(event));
    }

    /** Ends every stream (the server is stopping). */
    void closeAll() {
        listeners.forEach(queue -> queue.add(CLOSED));
    }

    /** The next event for {@code queue}, a keep-alive comment ({@code null}) after a quiet while, or {@link #isClosed}. */
    static Event next(BlockingQueue<Event> queue) throws InterruptedException {
        return queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    static boolean isClosed(Event event) {
        return event == CLOSED;
    }
}
