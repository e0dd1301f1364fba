package io.docstack;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zips written byte by byte, for bundles no {@code ZipOutputStream} would write quickly: a zip
 * bomb of any size is built in milliseconds from one deflated MiB of zeros repeated, because a
 * deflate stream of zeros, flushed every MiB, repeats the same bytes once its window is full.
 */
public final class TestZips {

    private static final int MIB = 1 << 20;

    /** One entry: its name, raw data as stored in the archive, method, CRC and inflated size. */
    public record Entry(String name, byte[] data, int method, long crc, long size) {

        /** A stored (uncompressed) entry. */
        public static Entry stored(String name, String content) {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Entry(name, bytes, 0, crc.getValue(), bytes.length);
        }

        /** A deflated entry of {@code mebibytes} MiB of zeros, about 1 KiB per MiB in the archive. */
        public static Entry zeros(String name, int mebibytes) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] first = flushed(deflater, new byte[MIB]);
            byte[] repeated = flushed(deflater, new byte[MIB]);
            out.writeBytes(first);
            for (int i = 1; i < mebibytes; i++) {
                out.writeBytes(repeated);
            }
            deflater.finish();
            byte[] end = new byte[64];
            out.write(end, 0, deflater.deflate(end));
            deflater.end();
            CRC32 crc = new CRC32();
            byte[] zeros = new byte[MIB];
            for (int i = 0; i < mebibytes; i++) {
                crc.update(zeros);
            }
            return new Entry(name, out.toByteArray(), 8, crc.getValue(), (long) mebibytes * MIB);
        }

        /** The same entry with another inflated size in its headers: a lie the reader must not trust. */
        public Entry declaring(long declared) {
            return new Entry(name, data, method, crc, declared);
        }

        private static byte[] flushed(Deflater deflater, byte[] input) {
            deflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            int n;
            do {
                n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                out.write(chunk, 0, n);
            } while (n == chunk.length || !deflater.needsInput());
            return out.toByteArray();
        }
    }

    private TestZips() {
    }

    /** The archive of {@code entries}: local headers and data, central directory, end record. */
    public static byte[] zip(Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (Entry entry : entries) {
            offsets.add(out.size());
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = header(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0)
                    .putShort((short) entry.method()).putInt(0).putInt((int) entry.crc()).putInt(entry.data().length)
                    .putInt((int) entry.size()).putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(entry.data());
        }
        int central = out.size();
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer header = header(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0).putShort((short) entry.method()).putInt(0).putInt((int) entry.crc())
                    .putInt(entry.data().length).putInt((int) entry.size()).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(offsets.get(i)).put(name);
            out.writeBytes(header.array());
        }
        int size = out.size() - central;
        out.writeBytes(header(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) entries.length).putShort((short) entries.length).putInt(size).putInt(central)
                .putShort((short) 0).array());
        return out.toByteArray();
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
