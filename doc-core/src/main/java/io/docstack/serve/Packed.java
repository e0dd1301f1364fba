package io.docstack.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import io.docstack.model.SitePath;

/**
 * How the preview keeps a file in memory: text files (HTML above all, most of a site's bytes)
 * deflated, everything else as is. A 10,000-page site is about 400 MB of HTML whose pages repeat
 * their project's navigation; deflated at the fastest level it is a tenth of that, and inflating
 * one page per request takes well under a millisecond. The same content always packs to the same
 * bytes, so packed files compare as their contents do. Stateless; thread-safe.
 */
final class Packed {

    private static final byte RAW = 0;
    private static final byte DEFLATED = 1;
    private static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "svg", "txt");

    private Packed() {
    }

    /** {@code content} as it is kept: a marker byte, then the bytes (deflated: their length first). */
    static byte[] pack(SitePath path, byte[] content) {
        if (!TEXT.contains(path.extension()) || content.length < 256) {
            byte[] raw = new byte[content.length + 1];
            raw[0] = RAW;
            System.arraycopy(content, 0, raw, 1, content.length);
            return raw;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 16);
            out.write(DEFLATED);
            out.writeBytes(ByteBuffer.allocate(4).putInt(content.length).array());
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The content of a packed file. */
    static byte[] unpack(byte[] packed) {
        if (packed[0] == RAW) {
            byte[] content = new byte[packed.length - 1];
            System.arraycopy(packed, 1, content, 0, content.length);
            return content;
        }
        int length = ByteBuffer.wrap(packed, 1, 4).getInt();
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed, 5, packed.length - 5);
            byte[] content = new byte[length];
            int done = 0;
            while (done < length) {
                int n = inflater.inflate(content, done, length - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                done += n;
            }
            if (done != length) {
                throw new IllegalStateException("a packed file is " + done + " bytes, not " + length);
            }
            return content;
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed file is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
