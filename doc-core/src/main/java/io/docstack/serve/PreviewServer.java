package io.docstack.serve;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.docstack.model.SitePath;

/**
 * The preview HTTP server (Jetty 12 core, no servlet layer): serves a {@link SiteSnapshot} from
 * memory and, when {@link #publish} swaps in a newer one, tells the open pages which paths
 * changed so that those showing one reload. Binds where it is told (the caller defaults to
 * 127.0.0.1); port 0 picks a free one. Thread-safe; close it once.
 */
public final class PreviewServer implements AutoCloseable {

    /**
     * Most live-reload streams (open preview tabs) served at once; past it a new one gets 503. A
     * stream holds no thread, only a connection and a few bytes, so the bound is about sockets:
     * far above the tabs a writer opens, far below what a port and a process can hold.
     */
    public static final int MAX_EVENT_STREAMS = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicReference<SiteSnapshot> site;
    private final LiveReload live = new LiveReload(MAX_EVENT_STREAMS);
    private final Server server;
    private final ServerConnector connector;

    private PreviewServer(SiteSnapshot first, String host, int port, AllowedHosts hosts) {
        this.site = new AtomicReference<>(first);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("docstack-preview");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new PreviewHandler(site::get, live, hosts));
        // Jetty's own error page repeats the request URI: ours says only what went wrong.
        server.setErrorHandler(PreviewServer::error);
        server.setStopTimeout(2_000);
    }

    /** Errors Jetty finds before the handler runs (an ambiguous or malformed request): the status, nothing echoed. */
    private static boolean error(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
        int code = status instanceof Integer number ? number : 400;
        byte[] body = (code == 404 ? "Not found.\n" : "Bad request.\n").getBytes(StandardCharsets.UTF_8);
        return PreviewHandler.answer(response, callback, code, "text/plain;charset=utf-8", body, "HEAD".equals(request.getMethod()));
    }

    /**
     * Starts serving {@code first} on {@code host}:{@code port}, answering for the loopback names and {@code host}.
     *
     * @throws IllegalStateException when the port cannot be bound (in use, not allowed)
     */
    public static PreviewServer start(SiteSnapshot first, String host, int port) {
        return start(first, host, port, List.of());
    }

    /**
     * Starts serving {@code first} on {@code host}:{@code port}, answering for the loopback names,
     * {@code host}, and {@code allowedHosts} ({@link AllowedHosts}).
     *
     * @throws IllegalArgumentException when an entry of {@code allowedHosts} is no host name
     * @throws IllegalStateException    when the port cannot be bound (in use, not allowed)
     */
    public static PreviewServer start(SiteSnapshot first, String host, int port, List<String> allowedHosts) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(host, "host");
        AllowedHosts hosts = new AllowedHosts(host, List.copyOf(allowedHosts));
        PreviewServer preview = new PreviewServer(first, host, port, hosts);
        try {
            preview.server.start();
        } catch (Exception e) {
            preview.close();
            throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return preview;
    }

    /**
     * Checks what {@link #start(SiteSnapshot, String, int, List)} would check of its hosts.
     *
     * @throws IllegalArgumentException when an entry of {@code allowedHosts} is no host name
     */
    public static void checkAllowedHosts(String host, List<String> allowedHosts) {
        new AllowedHosts(host, allowedHosts);
    }

    /** Where the site is served, with a trailing slash: {@code http://127.0.0.1:8000/}. */
    public URI url() {
        String host = connector.getHost();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + connector.getLocalPort() + "/");
    }

    /** How many live-reload streams are open now. */
    int eventStreams() {
        return live.size();
    }

    public SiteSnapshot site() {
        return site.get();
    }

    /** Serves {@code next} from now on; returns the paths that changed, which open pages were told. */
    public Set<SitePath> publish(SiteSnapshot next) {
        SiteSnapshot previous = site.getAndSet(Objects.requireNonNull(next, "next"));
        Set<SitePath> changed = next.changedSince(previous);
        if (!changed.isEmpty()) {
            try {
                String paths = JSON.writeValueAsString(changed.stream().map(SitePath::value).collect(Collectors.toList()));
                live.publish(new LiveReload.Event("changed", paths));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a list of strings is always JSON", e);
            }
        }
        return changed;
    }

    @Override
    public void close() {
        live.close();
        try {
            server.stop();
        } catch (Exception e) {
            // stopping a server that failed to start, or was stopped: nothing left to release
        }
    }
}
