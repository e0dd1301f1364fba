package io.docstack.external;

import io.docstack.config.ExternalOptions;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends one HEAD or GET request through the {@link HostGate} and turns the result, whatever it is,
 * into an {@link Answer}: network trouble is data here, never an exception. Response bodies are
 * never read: a link to a large download costs one round trip. Thread-safe.
 */
final class Fetcher {

    /** Told of each request just before it is sent; tests count requests with it. */
    @FunctionalInterface
    interface RequestListener {
        RequestListener NONE = (method, uri) -> { };

        void sending(String method, URI uri);
    }

    private final HttpClient client;
    private final ExternalOptions options;
    private final HostGate gate;
    private final RequestListener listener;

    Fetcher(ExternalOptions options, HostGate gate, RequestListener listener) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, to check each hop's address
                .connectTimeout(options.timeout())
                .build();
        this.options = options;
        this.gate = gate;
        this.listener = listener;
    }

    Answer send(String method, URI uri) throws InterruptedException {
        HttpRequest request;
        try {
            request = request(method, uri);
        } catch (IllegalArgumentException e) {
            return new Answer.Failed(false, Findings.invalid(String.valueOf(e.getMessage())));
        }
        String host = Urls.hostKey(uri);
        gate.acquire(host);
        try {
            listener.sending(method, uri);
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close(); // closing unread drops the body instead of downloading it
            return new Answer.Status(response.statusCode(), response.headers().firstValue("Location"),
                    response.headers().firstValue("Retry-After"));
        } catch (IOException e) {
            return failure(e, uri);
        } finally {
            gate.release(host);
        }
    }

    private HttpRequest request(String method, URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent());
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // Plain HTTP/1.1: the client would otherwise send an h2c Upgrade, which some servers mishandle.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        return builder.build();
    }

    private Answer failure(IOException e, URI uri) {
        if (e instanceof HttpTimeoutException) {
            return new Answer.Failed(true, Findings.timedOut(options.timeout()));
        }
        String where = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String cause = deepestMessage(e);
        if (e instanceof ConnectException) {
            return new Answer.Failed(false, Findings.unreachable(cause == null || cause.contains("refused")
                    ? "connection refused by " + where
                    : "cannot connect to " + where + " (" + cause + ")"));
        }
        if (e instanceof SSLException) {
            return new Answer.Failed(false, Findings.unreachable("TLS handshake with " + where + " failed ("
                    + cause + ")"));
        }
        return new Answer.Failed(false, Findings.unreachable("request to " + where + " failed ("
                + (cause == null ? e.getClass().getSimpleName() : cause) + ")"));
    }

    private static String deepestMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
