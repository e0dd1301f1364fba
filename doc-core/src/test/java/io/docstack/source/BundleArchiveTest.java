package io.docstack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import io.docstack.config.Limits;

/**
 * Every offset, size and count a zip gives is read as the unsigned number it is and checked
 * against the archive before it is used: a hostile value is a {@link BundleArchive.Refused},
 * never an exception of ours (the end record's offset {@code 0x80000000} once overflowed an int).
 */
class BundleArchiveTest {

    private static final int END = 22;
    private static final int CENTRAL = 46;
    private static final int LOCAL = 30;

    private final FileSystem memory = Jimfs.newFileSystem(Configuration.unix());

    @AfterEach
    void close() throws IOException {
        memory.close();
    }

    @Test
    void aGoodArchiveIsRead() throws Exception {
        assertThat(read(good())).containsOnlyKeys("docstack-bundle.json", "docs/index.md", "docs/b.md")
                .extractingByKey("docs/b.md").extracting(b -> new String(b, StandardCharsets.UTF_8)).isEqualTo("# B\n");
    }

    @Test
    void anEndRecordOffsetPastTheIntRangeIsRefused() {
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.end() + 16, 0x8000_0000)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.end() + 16, 0x7FFF_FFFF)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.end() + 16, 0xFFFF_FFF0)), "central directory");
    }

    @Test
    void zip64MarkersAreRefusedAsZip64() {
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.end() + 16, 0xFFFF_FFFF)), "ZIP64");
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.end() + 10, (short) 0xFFFF)), "ZIP64");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.end() + 12, 0xFFFF_FFFF)), "ZIP64");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(1) + 20, 0xFFFF_FFFF)), "ZIP64");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(1) + 24, 0xFFFF_FFFF)), "ZIP64");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(1) + 42, 0xFFFF_FFFF)), "ZIP64");
    }

    @Test
    void anEndRecordThatDisagreesWithItsCentralDirectoryIsRefused() {
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.end() + 10, (short) 4)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.end() + 8, (short) 2)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.end() + 12, 0x8000_0000)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.end() + 12, zip.getInt(at.end() + 12) - 1)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.end() + 16, at.end())), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.end() + 4, (short) 1)), "split");
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.end() + 6, (short) 1)), "split");
    }

    @Test
    void centralHeaderLengthsThatRunPastTheDirectoryAreRefused() {
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.central(2) + 28, (short) 0xFFFF)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.central(2) + 30, (short) 0xFFFF)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.central(2) + 32, (short) 0x8000)), "central directory");
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.central(0) + 30, (short) 1)), "central directory");
    }

    @Test
    void localHeaderOffsetsOutsideTheArchiveOrSharedByTwoEntriesAreRefused() {
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(1) + 42, 0x8000_0000)), "local header");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(1) + 42, 0x7FFF_FFFF)), "local header");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(1) + 42, at.central(0))), "local header");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(2) + 42, zip.getInt(at.central(1) + 42))), "overlap");
    }

    @Test
    void entryDataThatEndsPastTheArchiveIsRefused() {
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.local(2) + 26, (short) 0xFFFF)), "past");
        assertRefused(patch(good(), (zip, at) -> zip.putShort(at.local(2) + 28, (short) 0xFFFF)), "past");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(2) + 20, 0x7FFF_FFFF)), "past");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(2) + 20, 0x8000_0000)), "past");
        assertRefused(patch(good(), (zip, at) -> zip.putInt(at.central(0) + 20, zip.getInt(at.central(0) + 20) + 40)), "overlap");
    }

    @Test
    void tooShortToBeAZipIsRefused() {
        assertRefused(new byte[0], "not a zip");
        assertRefused(new byte[END - 1], "not a zip");
        assertRefused(java.util.Arrays.copyOfRange(good(), good().length - END, good().length), "central directory");
    }

    /**
     * Every 1, 2 and 4 byte field of a small archive, wherever it is, set to the values that break
     * careless arithmetic (0, 1, the sign bit, all ones): the archive is read or refused, nothing else.
     */
    @Test
    void everyFieldSetToAHostileValueIsReadOrRefused() {
        byte[] good = good();
        int runs = 0;
        for (int at = 0; at < good.length; at++) {
            for (int value : new int[] {0, 1, 0x7F, 0x80, 0xFF}) {
                int position = at;
                runs += readOrRefused(patch(good, (zip, where) -> zip.put(position, (byte) value)));
            }
            if (at + 2 <= good.length) {
                for (int value : new int[] {0x7FFF, 0x8000, 0xFFFF}) {
                    int position = at;
                    runs += readOrRefused(patch(good, (zip, where) -> zip.putShort(position, (short) value)));
                }
            }
            if (at + 4 <= good.length) {
                for (int value : new int[] {0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x7FFF_FFD2, good.length}) {
                    int position = at;
                    runs += readOrRefused(patch(good, (zip, where) -> zip.putInt(position, value)));
                }
            }
        }
        assertThat(runs).isGreaterThan(good.length * 10);
    }

    private int readOrRefused(byte[] zip) {
        assertThatCode(() -> {
            try {
                read(zip);
            } catch (BundleArchive.Refused expected) {
                // refused is fine: a diagnostic
            }
        }).as("reading a patched archive").doesNotThrowAnyException();
        return 1;
    }

    private void assertRefused(byte[] zip, String reason) {
        assertThatThrownBy(() -> read(zip)).isInstanceOf(BundleArchive.Refused.class).hasMessageContaining(reason);
    }

    private Map<String, byte[]> read(byte[] zip) throws IOException, BundleArchive.Refused {
        Path file = Files.write(memory.getPath("/bundle-" + System.nanoTime() + ".zip"), zip);
        try {
            MemoryTree tree = MemoryTree.create("bundle.zip");
            BundleArchive.read(file, Limits.DEFAULTS, new SourceBudget(Limits.DEFAULTS).room(), tree);
            return io.docstack.TestFiles.tree(tree.root());
        } finally {
            Files.delete(file);
        }
    }

    /** Where the headers of an unpatched archive are (no comment, entries in order). */
    record Layout(ByteBuffer zip) {
        int end() {
            return zip.limit() - END;
        }

        int central(int entry) {
            int at = zip.getInt(end() + 16);
            for (int i = 0; i < entry; i++) {
                at += CENTRAL + zip.getShort(at + 28) + zip.getShort(at + 30) + zip.getShort(at + 32);
            }
            return at;
        }

        int local(int entry) {
            return zip.getInt(central(entry) + 42);
        }
    }

    @FunctionalInterface
    interface Patch {
        void apply(ByteBuffer zip, Layout layout);
    }

    private static byte[] patch(byte[] original, Patch patch) {
        byte[] bytes = original.clone();
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        patch.apply(buffer, new Layout(ByteBuffer.wrap(original.clone()).order(ByteOrder.LITTLE_ENDIAN)));
        return bytes;
    }

    /** A small bundle: a descriptor and two pages, deflated, as ZipOutputStream writes them. */
    static byte[] good() {
        return zip(out -> {
            entry(out, "docstack-bundle.json", "{\"format\":1,\"name\":\"good\",\"version\":\"1.0\"}");
            entry(out, "docs/index.md", "# Index\n\nSee [b](b.md).\n");
            entry(out, "docs/b.md", "# B\n");
        });
    }

    static byte[] zip(Consumer<ZipOutputStream> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            entries.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void entry(ZipOutputStream out, String name, String content) {
        try {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
