package io.docstack.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for tests of the preview: the request is sent byte for byte as
 * written (no client normalizes its request line or {@code Host}), and the answer is read raw.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code raw} to {@code url}'s host and port and returns everything the server answers until it closes. */
    public static String exchange(URI url, String raw) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A GET of {@code path} with {@code Host: 127.0.0.1} and {@code Connection: close}. */
    public static String get(URI url, String path) throws IOException {
        return exchange(url, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /**
     * An open {@code /_docstack/events} stream: the answer's head was 200 and the stream's opening
     * comment has arrived, so the server holds it.
     */
    public record EventStream(Socket socket, BufferedReader in) implements AutoCloseable {

        /** Opens a stream, waiting at most {@code timeoutMillis} for each read. */
        public static EventStream open(URI url, int timeoutMillis) throws IOException {
            Socket socket = new Socket(url.getHost(), url.getPort());
            try {
                socket.setSoTimeout(timeoutMillis);
                socket.getOutputStream().write("GET /_docstack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String status = in.readLine();
                if (status == null || !status.startsWith("HTTP/1.1 200")) {
                    throw new IOException("event stream refused: " + status);
                }
                EventStream stream = new EventStream(socket, in);
                stream.lineStartingWith(": docstack preview");
                return stream;
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        }

        /** Reads until a line starting with {@code prefix} and returns it. */
        public String lineStartingWith(String prefix) throws IOException {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new IOException("stream ended before a line starting with " + prefix);
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
