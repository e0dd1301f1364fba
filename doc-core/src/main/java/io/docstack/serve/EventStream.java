package io.docstack.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * One page's server-sent-events stream, held without a thread: its request stays open (the
 * handler returned and completes {@code done} later), and each event is an asynchronous write.
 * Jetty allows one write in flight per response, so what is sent meanwhile waits here and goes
 * out in the next write. The stream ends when the page goes away (a write or the connection
 * fails), when a page stops reading for so long that {@link #MAX_WAITING} events pile up, or
 * when {@link #end} is called; {@code released} runs once, whichever comes first. Thread-safe.
 */
final class EventStream {

    /** Events a page may leave unread before its stream is dropped (its page reconnects then). */
    static final int MAX_WAITING = 64;

    private final Response response;
    private final Callback done;
    private final Consumer<EventStream> released;
    // all guarded by this
    private final List<byte[]> waiting = new ArrayList<>();
    private boolean writing;
    private boolean ending;
    private boolean finished;

    /** A stream that will answer with {@code response} and complete {@code done}; {@code released} is told once it is over. */
    EventStream(Response response, Callback done, Consumer<EventStream> released) {
        this.response = response;
        this.done = done;
        this.released = released;
    }

    /** Answers {@code request} with the stream's head and {@code first}, and keeps it open. */
    void start(Request request, byte[] first) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        // The connection serves only this stream: once it ends, nothing waits for another request on it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        request.addFailureListener(this::fail);
        send(first);
        watch(request.getConnectionMetaData().getConnection().getEndPoint());
    }

    /**
     * Notices a page that goes away when its connection closes. Jetty itself reads nothing more
     * while a request without a body is answered, so a closed tab would only show as a failed
     * write, up to two keep-alives later; its slot among the bounded streams would stay taken
     * until then. A page sends nothing on its event stream: anything readable is the end.
     */
    private void watch(EndPoint endPoint) {
        endPoint.tryFillInterested(Callback.from(() -> {
            try {
                if (endPoint.fill(BufferUtil.allocate(16)) == 0) {
                    watch(endPoint); // woken with nothing to read: keep watching
                    return;
                }
                fail(new EofException("the page went away"));
            } catch (IOException e) {
                fail(e);
            }
        }, this::fail));
    }

    /** Sends {@code bytes} after what was sent before; nothing once the stream is over or ending. */
    void send(byte[] bytes) {
        synchronized (this) {
            if (finished || ending) {
                return;
            }
            if (writing) {
                if (waiting.size() >= MAX_WAITING) {
                    ending = true; // the page stopped reading: waiting for it would only grow this list
                    waiting.clear();
                } else {
                    waiting.add(bytes);
                }
                return;
            }
            writing = true;
        }
        write(false, ByteBuffer.wrap(bytes), this::written);
    }

    /** Ends the stream after what is being written (the server stops). */
    void end() {
        synchronized (this) {
            if (finished || ending) {
                return;
            }
            ending = true;
            if (writing) {
                return; // written() ends it
            }
            writing = true;
        }
        last();
    }

    /** A write went out: sends what waited meanwhile, all in one write, or ends the stream if asked to. */
    private void written() {
        byte[] next;
        synchronized (this) {
            if (finished) {
                return;
            }
            if (waiting.isEmpty()) {
                writing = ending;
                if (!ending) {
                    return;
                }
                next = null;
            } else {
                next = join(waiting);
                waiting.clear();
            }
        }
        if (next == null) {
            last();
        } else {
            write(false, ByteBuffer.wrap(next), this::written);
        }
    }

    private void last() {
        write(true, ByteBuffer.allocate(0), () -> finish(null));
    }

    /**
     * Writes to the response, then runs {@code then}. A page that went away may have had its
     * exchange completed by Jetty before {@link #watch} noticed; Jetty then throws from the write
     * instead of failing the callback, and the stream is over all the same.
     */
    private void write(boolean last, ByteBuffer bytes, Runnable then) {
        try {
            response.write(last, bytes, Callback.from(then, this::fail));
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Throwable why) {
        finish(why == null ? new IllegalStateException("event stream failed") : why);
    }

    private void finish(Throwable failure) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            waiting.clear();
        }
        released.accept(this);
        if (failure == null) {
            done.succeeded();
        } else {
            done.failed(failure);
        }
    }

    private static byte[] join(List<byte[]> parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        ByteBuffer all = ByteBuffer.allocate(size);
        parts.forEach(all::put);
        return all.array();
    }
}
