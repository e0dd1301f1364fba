package io.docstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A git repository served over HTTP on 127.0.0.1 the "dumb" way (its files as they are, with an
 * {@code info/refs} listing), behind HTTP basic authentication: JGit fetches from it only with the
 * user and password it is given, so a test can show that credentials in a URL are used.
 */
public final class TestGitServer implements AutoCloseable {

    private final HttpServer server;
    private final Path gitDir;
    private final String expected;
    private final AtomicInteger authorized = new AtomicInteger();

    private TestGitServer(Path gitDir, String user, String password) throws IOException {
        this.gitDir = gitDir;
        this.expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code repository} at {@code /<name>.git/}, for {@code user} with {@code password} only. */
    public static TestGitServer serve(Repository repository, String user, String password) {
        try {
            StringBuilder refs = new StringBuilder();
            for (Ref ref : repository.getRefDatabase().getRefs()) {
                if (!ref.getName().equals("HEAD") && ref.getObjectId() != null) {
                    refs.append(ref.getObjectId().name()).append('\t').append(ref.getName()).append('\n');
                }
            }
            Path gitDir = repository.getDirectory().toPath();
            Files.createDirectories(gitDir.resolve("info"));
            Files.writeString(gitDir.resolve("info/refs"), refs);
            return new TestGitServer(gitDir, user, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's URL on this server, {@code userInfo} ({@code user:password}) in it. */
    public String url(String userInfo, String name) {
        return "http://" + userInfo + "@127.0.0.1:" + server.getAddress().getPort() + "/" + name + ".git";
    }

    /** How many requests came with the right credentials. */
    public int authorizedRequests() {
        return authorized.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            authorized.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String prefix = "/" + gitDir.getParent().getFileName() + ".git/";
            Path file = path.startsWith(prefix) ? gitDir.resolve(path.substring(prefix.length())).normalize() : null;
            if (file == null || !file.startsWith(gitDir) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] content = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
