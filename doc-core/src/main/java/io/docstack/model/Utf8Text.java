package io.docstack.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A user's file decoded as strict UTF-8, as every stage reads one (pages, nav files, specs,
 * descriptors, baselines): its text, or where its first byte that is not UTF-8 is, to report it
 * there rather than pass on a decoder's exception ("Input length = 1") or let a parser guess
 * another encoding. A leading byte order mark is dropped. Immutable.
 *
 * @param text    the text, or null when the bytes are not UTF-8
 * @param line    1-based line of the first invalid byte, or 0 when there is none
 * @param column  1-based column of the first invalid byte, in characters, or 0
 * @param invalid the first invalid byte (0-255), or -1
 */
public record Utf8Text(String text, int line, int column, int invalid) {

    /** The hint of a diagnostic about a file that is not UTF-8. */
    public static final String HINT = "save the file as UTF-8";

    /** Decodes {@code bytes}. */
    public static Utf8Text decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            String text = out.flip().toString();
            return new Utf8Text(text.startsWith("\uFEFF") ? text.substring(1) : text, 0, 0, -1);
        }
        int bad = in.position();
        String before = out.flip().toString();
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
        return new Utf8Text(null, line, column, bytes[bad] & 0xff);
    }

    public boolean valid() {
        return text != null;
    }

    /** {@code <what> is not valid UTF-8 (byte 0x..)}: the message of a diagnostic at {@link #line}:{@link #column}. */
    public String problem(String what) {
        return what + " is not valid UTF-8 (byte 0x" + Integer.toHexString(invalid) + ")";
    }
}
