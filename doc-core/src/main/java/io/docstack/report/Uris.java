package io.docstack.report;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of repository paths for URIs (RFC 3986). */
final class Uris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Uris() {
    }

    /**
     * {@code path} as a relative URI reference: '/' separates segments, the unreserved characters
     * ({@code A-Z a-z 0-9 - . _ ~}) stay, every other byte of the UTF-8 form is percent-encoded.
     * Encoding more than RFC 3986 requires (':', '@', sub-delims) is always safe, and it keeps a
     * file named {@code a:b.md} from reading as a URI with scheme {@code a}.
     */
    static String escapePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** An absolute path as a {@code file:} URI ({@code /tmp/a b} gives {@code file:///tmp/a%20b}). */
    static String fileUri(String absolutePath) {
        String path = absolutePath.replace('\\', '/');
        if (!path.startsWith("/")) {
            path = "/" + path; // C:/x becomes file:///C%3A/x
        }
        return "file://" + escapePath(path);
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
