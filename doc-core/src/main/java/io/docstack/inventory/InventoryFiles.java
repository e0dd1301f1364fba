package io.docstack.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.UserInfo;
import io.docstack.model.WholeFile;

/**
 * Reads and writes link inventories as JSON. An inventory is read from a {@code .json} file, from
 * the {@value Inventory#FILE_NAME} entry of a {@code .zip}/{@code .jar} (a docs bundle or a zipped
 * site), or from an {@code http(s)} URL, which must deliver it whole within a time limit. Problems
 * are returned as {@link Rules#INVENTORY_LOAD} diagnostics naming the location, never thrown.
 * Thread-safe.
 */
public final class InventoryFiles {

    /** Larger inventories are refused: a 10,000-page site's inventory is about 3 MB. */
    static final long MAX_BYTES = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, false);

    /** The file's shape: a format number so that readers can refuse what they do not understand. */
    record FileFormat(int format, String generator, List<Inventory.Project> projects) {
    }

    /** An inventory, or the problem that kept it from loading. */
    public record Loaded(Inventory inventory, Diagnostic problem) {
    }

    private InventoryFiles() {
    }

    /** Loads the inventory at {@code location} with the default {@link Limits#inventoryTimeout()}. */
    public static Loaded load(String location, Path baseDir) {
        return load(location, baseDir, Limits.DEFAULTS.inventoryTimeout());
    }

    /**
     * Loads the inventory at {@code location}: a path (relative to {@code baseDir}) or an http(s)
     * URL, which must deliver it whole, from connecting to its last byte, within {@code timeout}.
     */
    public static Loaded load(String location, Path baseDir, Duration timeout) {
        String where = location.strip();
        try {
            if (where.startsWith("http://") || where.startsWith("https://")) {
                return parse(where, fetch(where, timeout));
            }
            Path file = baseDir.resolve(where);
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return parse(where, name.endsWith(".zip") || name.endsWith(".jar") ? fromZip(file) : readFile(file));
        } catch (NoSuchFileException e) {
            return failed(where, "inventory file does not exist",
                    "build the project with mvn doc:build (it writes " + Inventory.FILE_NAME + ") or fix the path");
        } catch (IOException | UncheckedIOException e) {
            return failed(where, "cannot read the inventory: " + message(e),
                    "check the path or URL; inventories are written by doc:build at the site root");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(where, "interrupted while fetching the inventory", null);
        }
    }

    /** Writes {@code inventory} as compact JSON. */
    public static byte[] toJson(Inventory inventory) {
        try {
            return JSON.writeValueAsBytes(new FileFormat(Inventory.FORMAT, "Docstack", inventory.projects()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize inventory", e);
        }
    }

    /** Writes {@code inventory} to {@code file} atomically (a reader never sees half a file). */
    public static void write(Inventory inventory, Path file) throws IOException {
        WholeFile.write(file, toJson(inventory));
    }

    static Loaded parse(String where, byte[] json) {
        try {
            FileFormat file = JSON.readValue(json, FileFormat.class);
            if (file == null || file.projects() == null) {
                return failed(where, "not a Docstack link inventory (no \"projects\")",
                        "point at the " + Inventory.FILE_NAME + " written by doc:build");
            }
            if (file.format() > Inventory.FORMAT) {
                return failed(where, "inventory format " + file.format() + " is newer than this Docstack understands ("
                        + Inventory.FORMAT + ")", "upgrade the Docstack plugin");
            }
            return new Loaded(new Inventory(UserInfo.strip(where), file.projects()), null);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            int column = location == null ? 0 : Math.max(0, location.getColumnNr());
            return new Loaded(null, Diagnostic.error(Rules.INVENTORY_LOAD, where, line, column,
                    "not a valid link inventory: " + e.getOriginalMessage(), "regenerate it with mvn doc:build"));
        } catch (IOException | RuntimeException e) {
            return failed(where, "not a valid link inventory: " + message(e), "regenerate it with mvn doc:build");
        }
    }

    private static byte[] readFile(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        return Files.readAllBytes(file);
    }

    private static byte[] fromZip(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(Inventory.FILE_NAME);
            if (entry == null) {
                throw new IOException("the archive has no " + Inventory.FILE_NAME);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("its " + Inventory.FILE_NAME + " is larger than " + (MAX_BYTES >> 20) + " MiB");
                }
                return bytes;
            }
        }
    }

    /**
     * The body of a 200 answer from {@code url}. The client's own timeouts stop at the response
     * headers; the deadline here also covers the body, so that a server sending it a byte at a
     * time cannot hold the build: past it the exchange is cancelled and the connection closed.
     */
    private static byte[] fetch(String url, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL");
        }
        List<BoundedBody> bodies = new java.util.concurrent.CopyOnWriteArrayList<>(); // one per redirect hop
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> {
            BoundedBody body = new BoundedBody(info.statusCode() == 200 ? MAX_BYTES : -1);
            bodies.add(body);
            return body;
        });
        try {
            HttpResponse<byte[]> response = exchange.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (TimeoutException e) {
            throw late(timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw late(timeout);
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            exchange.cancel(true);
            bodies.forEach(BoundedBody::cancel);
        }
    }

    private static IOException late(Duration timeout) {
        long millis = timeout.toMillis();
        String shown = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        return new IOException("it did not arrive within " + shown + " (inventoryTimeout)");
    }

    /**
     * Collects a response body of at most {@code max} bytes, failing past it; with a negative
     * {@code max} it does not read the body at all (an error answer). {@link #cancel} stops it.
     */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;

        BoundedBody(long max) {
            this.max = max;
        }

        @Override
        public void onSubscribe(Flow.Subscription given) {
            subscription = given;
            if (max < 0) {
                given.cancel();
                result.complete(null);
            } else {
                given.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return; // cancelled; the last buffers may still arrive
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("larger than " + (max >> 20) + " MiB"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }

        /** Stops reading: closes the connection if the body is still coming. */
        void cancel() {
            Flow.Subscription current = subscription;
            if (current != null && !result.isDone()) {
                current.cancel();
                result.completeExceptionally(new IOException("cancelled"));
            }
        }
    }

    private static Loaded failed(String where, String message, String hint) {
        return new Loaded(null, Diagnostic.error(Rules.INVENTORY_LOAD, where, 0, 0, message, hint));
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof java.net.ConnectException && cause.getMessage() == null) {
            return "cannot connect";
        }
        String text = cause.getMessage();
        return text == null || text.isBlank() ? cause.getClass().getSimpleName() : text;
    }
}
