package io.docstack.external;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 (never anything else) that answers scripted replies per path and
 * records every request it gets, with the time it arrived and how many were in flight at once.
 * Public for the tests of other stages that fetch over HTTP (inventories).
 */
public final class LocalServer implements AutoCloseable {

    /** A request as the server saw it; {@code nanos} is {@link System#nanoTime()} on arrival. */
    record Request(String method, String path, long nanos) {
    }

    /**
     * What to answer: status, headers, how long to stall before answering, the body (null: "status
     * N") and how long to wait before each byte of it (0: all at once).
     */
    public record Reply(int status, Map<String, String> headers, long stallMillis, byte[] body, long trickleMillis) {
        public static Reply status(int status) {
            return new Reply(status, Map.of(), 0, null, 0);
        }

        Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, stallMillis, body, trickleMillis);
        }

        public Reply stalled(long millis) {
            return new Reply(status, headers, millis, body, trickleMillis);
        }

        public Reply body(byte[] content) {
            return new Reply(status, headers, stallMillis, content, trickleMillis);
        }

        /** Headers at once, then the body one byte every {@code millis}: a server that never seems to stop. */
        public Reply trickled(long millis) {
            return new Reply(status, headers, stallMillis, body, millis);
        }
    }

    /** The reply to the {@code nth} (1-based) request to a path. */
    @FunctionalInterface
    interface Route {
        Reply reply(String method, int nth);
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    LocalServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public LocalServer route(String path, Reply always) {
        return route(path, (method, nth) -> always);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        List<Request> matching = new ArrayList<>();
        requests.stream().filter(r -> r.path().equals(path)).forEach(matching::add);
        return matching;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean answered = false;
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            requests.add(new Request(method, path, System.nanoTime()));
            int nth = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Reply reply = routes.getOrDefault(path, (m, n) -> Reply.status(404)).reply(method, nth);
            stall(reply.stallMillis());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = reply.body() != null ? reply.body() : ("status " + reply.status()).getBytes(StandardCharsets.UTF_8);
            boolean noBody = method.equals("HEAD") || reply.status() == 204 || reply.status() == 304;
            // In flight until the client can have the answer: a client that read the headers may
            // start its next request while this thread still writes the body (never read) or closes.
            answered = true;
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (reply.trickleMillis() == 0) {
                        out.write(body);
                    }
                    for (int i = 0; reply.trickleMillis() > 0 && i < body.length && !Thread.currentThread().isInterrupted(); i++) {
                        stall(reply.trickleMillis());
                        out.write(body[i]);
                        out.flush();
                    }
                }
            }
        } catch (IOException e) {
            // The client hung up (timeouts, unread bodies): nothing to answer to.
        } finally {
            if (!answered) {
                inFlight.decrementAndGet();
            }
        }
    }

    private static void stall(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
