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
 * any form; malformed escapes or UTF-8; {@code .} and {@code ..} segments; anything
 * {@link SitePath} will not hold. A path ending in {@code /} asks for that folder's
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
        if (decoded.isEmpty() || decoded.get().indexOf('\0') >= 0) {
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

    /** Percent-decodes strictly: a bad escape or bytes that are not UTF-8 give empty. */
    private static Optional<String> decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return Optional.of(encoded);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
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
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
