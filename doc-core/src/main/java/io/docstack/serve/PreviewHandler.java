package io.docstack.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import io.docstack.model.SitePath;
import io.docstack.search.Searcher;

/**
 * Answers the preview's requests from the current {@link SiteSnapshot}: only for the hosts
 * {@link AllowedHosts} allows (others get 421), only GET and HEAD, only
 * paths {@link RequestPaths} accepts, looked up in memory (never on disk). HTML pages get the
 * live-reload script and, when their source has problems, a banner listing them;
 * {@code /_docstack/search} answers queries from the build's Lucene index ({@link SearchAnswers}); {@code /_docstack/events} is the event stream it listens to (see {@link LiveReload}). Error answers
 * never repeat the request. Thread-safe.
 */
final class PreviewHandler extends Handler.Abstract {

    static final String EVENTS = "/_docstack/events";
    static final String LIVE_SCRIPT = "/_docstack/live.js";
    static final String SEARCH = "/_docstack/search";
    private static final byte[] LIVE_JS = resource("live.js");
    private static final byte[] SCRIPT_TAG = ("<script src=\"" + LIVE_SCRIPT + "\"></script>").getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"), Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain;charset=utf-8"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private final Supplier<SiteSnapshot> site;
    private final LiveReload live;
    private final AllowedHosts hosts;

    PreviewHandler(Supplier<SiteSnapshot> site, LiveReload live, AllowedHosts hosts) {
        this.site = site;
        this.live = live;
        this.hosts = hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!allowed(request)) {
            return answer(response, callback, 421, "text/plain;charset=utf-8", text("Docstack preview: this request names a host"
                    + " the preview does not answer for, so that no web page can reach it through a name of its own"
                    + " (DNS rebinding). It answers for " + hosts.described() + ". To open it by another name, add the name"
                    + " to allowedHosts: <allowedHosts>docs.example.test</allowedHosts>, or -Ddoc.allowedHosts=docs.example.test"
                    + " (a leading dot, .example.test, allows every name under it).\n"), "HEAD".equals(request.getMethod()));
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            return answer(response, callback, 405, "text/plain;charset=utf-8", text("Only GET and HEAD.\n"), false);
        }
        boolean head = method.equals("HEAD");
        String raw = request.getHttpURI().getPath();
        if (EVENTS.equals(raw)) {
            return head ? answer(response, callback, 200, "text/event-stream;charset=utf-8", new byte[0], true)
                    : events(request, response, callback);
        }
        if (LIVE_SCRIPT.equals(raw)) {
            return answer(response, callback, 200, TYPES.get("js"), LIVE_JS, head);
        }
        if (SEARCH.equals(raw)) {
            return search(request, response, callback, head);
        }
        if (request.getHttpURI().hasViolations()) {
            return answer(response, callback, 400, "text/plain;charset=utf-8", text("Bad request.\n"), head);
        }
        Optional<SitePath> path = RequestPaths.of(raw);
        if (path.isEmpty()) {
            return answer(response, callback, 400, "text/plain;charset=utf-8", text("Bad request.\n"), head);
        }
        SiteSnapshot current = site.get();
        Optional<byte[]> file = current.file(path.get());
        List<String> problems = current.problems(path.get());
        if (file.isEmpty()) {
            byte[] notFound = current.file(SitePath.of("404.html")).orElse(text("<!doctype html><title>Not found</title><body></body>"));
            return answer(response, callback, 404, TYPES.get("html"), forPreview(notFound, problems), head);
        }
        String type = type(path.get());
        byte[] body = type.startsWith("text/html") ? forPreview(file.get(), problems) : file.get();
        return answer(response, callback, 200, type, body, head);
    }

    /** Whether both the {@code Host} header and the host Jetty takes for the request (from an absolute target) are allowed. */
    private boolean allowed(Request request) {
        String header = request.getHeaders().get(HttpHeader.HOST);
        String host = request.getHttpURI().getHost();
        return (header == null || hosts.allows(header)) && host != null && hosts.allows(AllowedHosts.bracketed(host));
    }

    private boolean search(Request request, Response response, Callback callback, boolean head) {
        Optional<Searcher> searcher = site.get().searcher();
        if (searcher.isEmpty()) {
            return answer(response, callback, 404, TYPES.get("json"), text("{\"hits\":[]}"), head);
        }
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        try {
            Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            fields.getNames().forEach(name -> parameters.put(name, fields.getValuesOrEmpty(name)));
        } catch (RuntimeException e) {
            return answer(response, callback, 400, "text/plain;charset=utf-8", text("Bad request.\n"), head);
        }
        return answer(response, callback, 200, TYPES.get("json"), SearchAnswers.json(searcher.get(), parameters), head);
    }

    static boolean answer(Response response, Callback callback, int status, String type, byte[] body, boolean head) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Opens a live-reload stream and returns at once (no thread waits on it), or refuses it when too many are open. */
    private boolean events(Request request, Response response, Callback callback) {
        if (live.listen(request, response, callback)) {
            return true;
        }
        return answer(response, callback, 503, "text/plain;charset=utf-8", text("Docstack preview: " + live.maxStreams()
                + " live-reload streams are open already, the most it serves at once. Close some preview tabs,"
                + " then reload this page to have it reload by itself again.\n"), false);
    }

    /**
     * The page with, before its last {@code </body>} (or at its end), the banner of its source's
     * problems when there are any, and the live-reload script.
     */
    static byte[] forPreview(byte[] html, List<String> problems) {
        String page = new String(html, StandardCharsets.UTF_8);
        int body = page.lastIndexOf("</body>");
        String added = ProblemBanner.html(problems) + new String(SCRIPT_TAG, StandardCharsets.UTF_8);
        String out = body < 0 ? page + added : page.substring(0, body) + added + page.substring(body);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static String type(SitePath path) {
        String name = path.fileName();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
