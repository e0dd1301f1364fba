package io.docstack.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;

import io.docstack.model.SitePath;

/**
 * Turns the path of a request into the {@link SitePath} it asks for, or refuses it. The preview
 * server never joins a request path onto the file system: it looks the site path up in the built
 * site, so this is where every trick to leave the site ends. Refused: paths not starting with
 * {@code /}; encoded dots, slashes and backslashes ({@code %2e}, {@code %2f}, {@code %5c}); NUL in
 * any form; malformed escapes or UTF-8 (overlong forms such as {@code %C0%AE} included); control
 * characters and line separators, raw or encoded (no site file needs them, and a path holding
 * one could split a log line); {@code .} and {@code ..} segments; anything {@link SitePath} will
 * not hold. A path ending in {@code /} asks for that folder's
 * {@code index.html}. Stateless.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The site path {@code rawPath} (as sent, still percent-encoded, without query) asks for; empty when refused. */
    public static Optional<SitePath> of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath.substring(1));
        if (decoded.isEmpty() || decoded.get().codePoints().anyMatch(RequestPaths::isControl)) { // NUL included
            return Optional.empty();
        }
        String path = decoded.get();
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        return SitePath.parse(path);
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Percent-decodes strictly: a bad escape, bytes that are not UTF-8 or a lone surrogate give empty. */
    private static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        int plain = 0; // start of the characters since the last escape, encoded as a whole (a surrogate pair is one character)
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (!utf8(encoded.substring(plain, i), bytes)) {
                    return Optional.empty();
                }
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
                plain = i + 1;
            }
        }
        if (!utf8(encoded.substring(plain), bytes)) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code text} as UTF-8; false when it holds a lone surrogate, which has no UTF-8 form. */
    private static boolean utf8(String text, ByteArrayOutputStream out) {
        try {
            ByteBuffer utf8 = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(text));
            out.write(utf8.array(), utf8.arrayOffset() + utf8.position(), utf8.remaining());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
