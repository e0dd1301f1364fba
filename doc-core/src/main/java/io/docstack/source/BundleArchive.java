package io.docstack.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.docstack.config.Limits;

/**
 * A docs bundle's entries, read into memory and validated before any of them is used: the archive
 * must be a zip; every entry name must be a relative path without {@code ..}, backslashes or
 * control characters; no entry may be a symbolic link or appear twice; the entry count and the
 * uncompressed size (declared and actually inflated) must stay within the limits. One bad entry
 * refuses the whole bundle: a bundle that breaks these rules is damaged or hostile, and half of
 * it would be a wrong site.
 *
 * <p>The archive is read once, into memory, and parsed here: {@link java.util.zip.ZipFile} hides
 * what these checks need (the Unix mode that marks links, and duplicate names). Entries are then
 * taken from the same bytes, by the same central directory, stored or inflated.
 */
final class BundleArchive {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int LOCAL_SIZE = 30;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int END_SIZE = 22;
    private static final int CENTRAL_SIZE = 46;
    private static final int UNIX_HOST = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMLINK_TYPE = 0120000;

    /** Why an archive was refused, for the diagnostic. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private record Central(String name, int madeBy, int flags, int method, long compressedSize, long size,
                           int externalAttributes, long offset) {
    }

    private BundleArchive() {
    }

    /** The files of the archive (directories left out), by entry name, in archive order. */
    static Map<String, byte[]> read(Path zip, Limits limits) throws IOException, Refused {
        long length = Files.size(zip);
        if (length > limits.maxSourceBytes()) {
            throw new Refused("it is " + length + " bytes, more than maxSourceBytes (" + limits.maxSourceBytes() + ")");
        }
        byte[] bytes = Files.readAllBytes(zip);
        List<Central> entries = central(bytes, limits);
        check(entries, limits);
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        for (Central entry : entries) {
            if (!entry.name().endsWith("/")) {
                byte[] content = contents(bytes, entry, limits.maxSourceBytes() - total);
                total += content.length;
                files.put(entry.name(), content);
            }
        }
        return files;
    }

    /** The central directory's entries; an archive without one is not a zip. */
    private static List<Central> central(byte[] zip, Limits limits) throws Refused {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int at = zip.length - END_SIZE; at >= Math.max(0, zip.length - END_SIZE - 0xFFFF); at--) {
            if (buffer.getInt(at) == END_SIGNATURE) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            throw new Refused("it is not a zip archive");
        }
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
            throw new Refused("it is a ZIP64 archive, larger than a docs bundle may be");
        }
        if (count > limits.maxSourceEntries()) {
            throw new Refused("it holds " + count + " entries, more than maxSourceEntries (" + limits.maxSourceEntries() + ")");
        }
        List<Central> entries = new ArrayList<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < count; i++) {
            if (at + CENTRAL_SIZE > zip.length || buffer.getInt(at) != CENTRAL_SIGNATURE) {
                throw new Refused("its central directory is damaged");
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(at + 32));
            if (at + CENTRAL_SIZE + nameLength > zip.length) {
                throw new Refused("its central directory is damaged");
            }
            String name = new String(zip, at + CENTRAL_SIZE, nameLength, StandardCharsets.UTF_8);
            entries.add(new Central(name, Short.toUnsignedInt(buffer.getShort(at + 4)) >> 8,
                    Short.toUnsignedInt(buffer.getShort(at + 8)), Short.toUnsignedInt(buffer.getShort(at + 10)),
                    Integer.toUnsignedLong(buffer.getInt(at + 20)), Integer.toUnsignedLong(buffer.getInt(at + 24)),
                    buffer.getInt(at + 38), Integer.toUnsignedLong(buffer.getInt(at + 42))));
            at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static void check(List<Central> entries, Limits limits) throws Refused {
        Set<String> names = new HashSet<>();
        long declared = 0;
        for (Central entry : entries) {
            String problem = nameProblem(entry.name());
            if (problem != null) {
                throw new Refused("entry '" + printable(entry.name()) + "' " + problem);
            }
            if (entry.madeBy() == UNIX_HOST && ((entry.externalAttributes() >>> 16) & FILE_TYPE_MASK) == SYMLINK_TYPE) {
                throw new Refused("entry '" + entry.name() + "' is a symbolic link");
            }
            if (!names.add(entry.name())) {
                throw new Refused("entry '" + entry.name() + "' appears twice");
            }
            declared += entry.size();
            if (declared > limits.maxSourceBytes()) {
                throw new Refused("its entries hold more than maxSourceBytes (" + limits.maxSourceBytes() + ") uncompressed");
            }
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

    /**
     * The entry's bytes, found through its local header, stored or inflated; refused when they come
     * to more than {@code room} (whatever the entry declared), or cannot be read.
     */
    private static byte[] contents(byte[] zip, Central entry, long room) throws Refused {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        long local = entry.offset();
        if ((entry.flags() & 1) != 0) {
            throw new Refused("entry '" + entry.name() + "' is encrypted");
        }
        if (local + LOCAL_SIZE > zip.length || buffer.getInt((int) local) != LOCAL_SIGNATURE) {
            throw new Refused("entry '" + entry.name() + "' cannot be read: its local header is damaged");
        }
        long start = local + LOCAL_SIZE + Short.toUnsignedInt(buffer.getShort((int) local + 26))
                + Short.toUnsignedInt(buffer.getShort((int) local + 28));
        if (start + entry.compressedSize() > zip.length) {
            throw new Refused("entry '" + entry.name() + "' cannot be read: it ends past the archive");
        }
        String past = "its entries inflate to more than maxSourceBytes; entry '" + entry.name() + "' is past it";
        if (entry.method() == STORED) {
            if (entry.compressedSize() > room) {
                throw new Refused(past);
            }
            return java.util.Arrays.copyOfRange(zip, (int) start, (int) (start + entry.compressedSize()));
        }
        if (entry.method() != DEFLATED) {
            throw new Refused("entry '" + entry.name() + "' uses compression method " + entry.method()
                    + "; bundles use deflate or none");
        }
        return inflate(zip, (int) start, (int) entry.compressedSize(), room, entry.name(), past);
    }

    private static byte[] inflate(byte[] zip, int start, int length, long room, String name, String past) throws Refused {
        // Raw deflate data wants one dummy byte after it (see Inflater's constructor), as ZipFile gives it.
        byte[] input = java.util.Arrays.copyOfRange(zip, start, start + length + 1);
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        try {
            inflater.setInput(input);
            while (!inflater.finished()) {
                int inflated = inflater.inflate(chunk);
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new Refused("entry '" + name + "' cannot be read: its compressed data ends too early");
                }
                out.write(chunk, 0, inflated);
                if (out.size() > room) {
                    throw new Refused(past);
                }
            }
            return out.toByteArray();
        } catch (java.util.zip.DataFormatException e) {
            throw new Refused("entry '" + name + "' cannot be read: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
