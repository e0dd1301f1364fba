package io.docstack.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import io.docstack.config.Limits;

/**
 * A docs bundle's entries, validated and copied into a {@link MemoryTree}: the archive must be a
 * zip; every entry name must be a relative path without {@code ..}, backslashes or control
 * characters; no entry may be a symbolic link, appear twice, be a file and a folder, or share its
 * bytes with another entry; the entry count, and what the entries hold once inflated, must stay
 * within the limits. One bad entry refuses the whole bundle: a bundle that breaks these rules is
 * damaged or hostile, and half of it would be a wrong site. The tree of a refused bundle is
 * incomplete and must be dropped.
 *
 * <p>The archive is read and parsed here, through positional reads of its file (never all of it
 * in memory): {@link java.util.zip.ZipFile} hides what these checks need (the Unix mode that marks
 * links, and duplicate names). Every offset, size and count the archive gives is read as the
 * unsigned number it is, checked against the part of the archive it must lie in before it is
 * used, and sizes are checked again while inflating: an archive can declare anything.
 */
final class BundleArchive {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int CENTRAL_SIZE = 46;
    private static final int LOCAL_SIZE = 30;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int UNIX_HOST = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMLINK_TYPE = 0120000;
    private static final long ZIP64_MARK = 0xFFFF_FFFFL;
    private static final int CHUNK = 64 * 1024;
    /** Longer entry names are refused: the longest path macOS allows, far more than docs need (names cost memory too). */
    static final int MAX_NAME_BYTES = 1024;

    /** Why an archive was refused, for the diagnostic. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private record Central(String name, int flags, int method, long compressedSize, long size, long offset) {
        boolean isFile() {
            return !name.endsWith("/");
        }
    }

    private BundleArchive() {
    }

    /**
     * Copies the files of the archive (directories left out) into {@code tree}, within {@code room};
     * returns what they hold there ({@link MemoryTree#cost}).
     */
    static long read(Path zip, Limits limits, SourceBudget.Room room, MemoryTree tree) throws IOException, Refused {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long length = channel.size();
            if (length > limits.maxSourceBytes()) {
                throw new Refused("it is " + length + " bytes, more than maxSourceBytes (" + limits.maxSourceBytes() + ")");
            }
            Archive archive = new Archive(channel, length);
            List<Central> entries = archive.central(limits, room);
            List<Central> byOffset = new ArrayList<>(entries);
            byOffset.sort(Comparator.comparingLong(Central::offset));
            long dataEnd = 0;
            long held = 0;
            for (Central entry : byOffset) {
                if (entry.offset() < dataEnd) {
                    throw new Refused("entry '" + entry.name() + "' overlaps the entry before it");
                }
                dataEnd = archive.dataEnd(entry);
                if (entry.isFile()) {
                    held += archive.copy(entry, tree, room, held);
                }
            }
            return held;
        }
    }

    /** The parts of one archive file: where its central directory is, and how its entries are read. */
    private static final class Archive {
        private final FileChannel channel;
        private final long length;
        private long centralStart;
        private long centralEnd;

        Archive(FileChannel channel, long length) {
            this.channel = channel;
            this.length = length;
        }

        /** The central directory's entries, checked; an archive without one is not a zip. */
        List<Central> central(Limits limits, SourceBudget.Room room) throws IOException, Refused {
            int tailLength = (int) Math.min(length, END_SIZE + 0xFFFF);
            ByteBuffer tail = bytes(length - tailLength, tailLength);
            int end = -1;
            for (int at = tailLength - END_SIZE; at >= 0; at--) {
                if (tail.getInt(at) == END_SIGNATURE) {
                    end = at;
                    break;
                }
            }
            if (end < 0) {
                throw new Refused("it is not a zip archive");
            }
            int count = u16(tail, end + 10);
            long size = u32(tail, end + 12);
            long offset = u32(tail, end + 16);
            if (count == 0xFFFF || size == ZIP64_MARK || offset == ZIP64_MARK) {
                throw new Refused("it is a ZIP64 archive, larger than a docs bundle may be");
            }
            if (u16(tail, end + 4) != 0 || u16(tail, end + 6) != 0) {
                throw new Refused("it is a split archive; bundles are one file");
            }
            centralStart = offset;
            centralEnd = length - tailLength + end;
            if (u16(tail, end + 8) != count || offset + size != centralEnd) {
                throw damaged();
            }
            if (count > limits.maxSourceEntries()) {
                throw new Refused("it holds " + count + " entries, more than maxSourceEntries (" + limits.maxSourceEntries() + ")");
            }
            return entries(count, room);
        }

        private List<Central> entries(int count, SourceBudget.Room room) throws IOException, Refused {
            List<Central> entries = new ArrayList<>();
            Set<String> files = new HashSet<>();
            long declared = 0;
            long at = centralStart;
            for (int i = 0; i < count; i++) {
                if (at + CENTRAL_SIZE > centralEnd) {
                    throw damaged();
                }
                ByteBuffer header = bytes(at, CENTRAL_SIZE);
                int nameLength = u16(header, 28);
                long next = at + CENTRAL_SIZE + nameLength + u16(header, 30) + u16(header, 32);
                if (header.getInt(0) != CENTRAL_SIGNATURE || next > centralEnd) {
                    throw damaged();
                }
                String name = new String(bytes(at + CENTRAL_SIZE, nameLength).array(), StandardCharsets.UTF_8);
                Central entry = new Central(name, u16(header, 8), u16(header, 10), u32(header, 20), u32(header, 24),
                        u32(header, 42));
                check(entry, nameLength, u16(header, 4) >> 8, header.getInt(38), files);
                entries.add(entry);
                declared += entry.isFile() ? MemoryTree.cost(entry.size()) : 0;
                if (declared > room.bytes()) {
                    throw new Refused("its entries need more than " + room.limit());
                }
                at = next;
            }
            if (at != centralEnd) {
                throw damaged();
            }
            for (String name : files) {
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    if (files.contains(name.substring(0, slash))) {
                        throw new Refused("entry '" + name.substring(0, slash) + "' is a file and a folder");
                    }
                }
            }
            return entries;
        }

        /** Where the entry's data ends, read from its local header, which must lie before the central directory. */
        long dataEnd(Central entry) throws IOException, Refused {
            if (entry.offset() + LOCAL_SIZE > centralStart) {
                throw new Refused("entry '" + entry.name() + "' cannot be read: its local header is damaged");
            }
            ByteBuffer local = bytes(entry.offset(), LOCAL_SIZE);
            if (local.getInt(0) != LOCAL_SIGNATURE) {
                throw new Refused("entry '" + entry.name() + "' cannot be read: its local header is damaged");
            }
            long end = dataStart(entry, local) + entry.compressedSize();
            if (end > centralStart) {
                throw new Refused("entry '" + entry.name() + "' cannot be read: it runs past the archive's file data");
            }
            return end;
        }

        private static long dataStart(Central entry, ByteBuffer local) {
            return entry.offset() + LOCAL_SIZE + u16(local, 26) + u16(local, 28);
        }

        /**
         * Copies the entry's bytes into the tree, stored or inflated; refused as soon as the tree
         * would hold more than the room (whatever the entry declared). Returns what the file holds.
         */
        long copy(Central entry, MemoryTree tree, SourceBudget.Room room, long held) throws IOException, Refused {
            long start = dataStart(entry, bytes(entry.offset(), LOCAL_SIZE));
            String past = "its entries inflate to more than " + room.limit() + "; entry '" + entry.name() + "' is past it";
            long written = 0;
            try (OutputStream out = tree.newFile(entry.name())) {
                if (entry.method() == STORED) {
                    if (held + MemoryTree.cost(entry.compressedSize()) > room.bytes()) {
                        throw new Refused(past);
                    }
                    for (long at = 0; at < entry.compressedSize(); at += CHUNK) {
                        int n = (int) Math.min(CHUNK, entry.compressedSize() - at);
                        out.write(bytes(start + at, n).array());
                    }
                    written = entry.compressedSize();
                } else {
                    written = inflate(entry, start, out, room.bytes() - held, past);
                }
            }
            return MemoryTree.cost(written);
        }

        private long inflate(Central entry, long start, OutputStream out, long room, String past) throws IOException, Refused {
            String name = entry.name();
            Inflater inflater = new Inflater(true);
            byte[] chunk = new byte[CHUNK];
            long read = 0;
            long written = 0;
            boolean padded = false;
            try {
                while (!inflater.finished()) {
                    if (inflater.needsInput()) {
                        if (read < entry.compressedSize()) {
                            int n = (int) Math.min(CHUNK, entry.compressedSize() - read);
                            inflater.setInput(bytes(start + read, n).array());
                            read += n;
                        } else if (!padded) {
                            // Raw deflate data may want one dummy byte after it (see Inflater's constructor), as ZipFile gives it.
                            inflater.setInput(new byte[1]);
                            padded = true;
                        } else {
                            throw new Refused("entry '" + name + "' cannot be read: its compressed data ends too early");
                        }
                    }
                    int inflated = inflater.inflate(chunk);
                    if (inflater.needsDictionary()) {
                        throw new Refused("entry '" + name + "' cannot be read: it needs a preset dictionary");
                    }
                    written += inflated;
                    if (MemoryTree.cost(written) > room) {
                        throw new Refused(past);
                    }
                    out.write(chunk, 0, inflated);
                }
                return written;
            } catch (DataFormatException e) {
                throw new Refused("entry '" + name + "' cannot be read: " + e.getMessage());
            } finally {
                inflater.end();
            }
        }

        /** {@code count} bytes at {@code position}, which the callers have checked lie inside the file. */
        private ByteBuffer bytes(long position, int count) throws IOException, Refused {
            if (position < 0 || position + count > length) {
                throw damaged();
            }
            ByteBuffer buffer = ByteBuffer.allocate(count);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw damaged();
                }
            }
            return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** Refuses an entry that is not a plain file or folder of a docs bundle. */
    private static void check(Central entry, int nameLength, int madeBy, int externalAttributes, Set<String> files)
            throws Refused {
        if (nameLength > MAX_NAME_BYTES) {
            throw new Refused("an entry has a name of " + nameLength + " bytes, more than " + MAX_NAME_BYTES);
        }
        String problem = nameProblem(entry.name());
        if (problem != null) {
            throw new Refused("entry '" + printable(entry.name()) + "' " + problem);
        }
        if (entry.compressedSize() == ZIP64_MARK || entry.size() == ZIP64_MARK || entry.offset() == ZIP64_MARK) {
            throw new Refused("entry '" + entry.name() + "' has ZIP64 sizes, larger than a docs bundle may hold");
        }
        if ((entry.flags() & 1) != 0) {
            throw new Refused("entry '" + entry.name() + "' is encrypted");
        }
        if (entry.isFile() && entry.method() != STORED && entry.method() != DEFLATED) {
            throw new Refused("entry '" + entry.name() + "' uses compression method " + entry.method()
                    + "; bundles use deflate or none");
        }
        if (madeBy == UNIX_HOST && ((externalAttributes >>> 16) & FILE_TYPE_MASK) == SYMLINK_TYPE) {
            throw new Refused("entry '" + entry.name() + "' is a symbolic link");
        }
        if (entry.isFile() && !files.add(entry.name())) {
            throw new Refused("entry '" + entry.name() + "' appears twice");
        }
    }

    /** What is wrong with an entry name, or null: it must be a plain relative path. */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "has an empty name";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "has an absolute path";
        }
        if (name.indexOf('\\') >= 0) {
            return "has a backslash in its path";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "has a control character in its name";
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return "climbs out of the bundle with '..'";
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return "has an empty or '.' segment in its path";
            }
        }
        return null;
    }

    private static Refused damaged() {
        return new Refused("its central directory is damaged");
    }

    private static int u16(ByteBuffer buffer, int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private static long u32(ByteBuffer buffer, int at) {
        return Integer.toUnsignedLong(buffer.getInt(at));
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
