package io.docstack.convert;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.docstack.model.Version;
import io.docstack.model.WholeFile;

/**
 * What the review gate learnt from each page last time (title, headings, anchors, links and
 * diagnostics, without HTML), keyed by the page's path and a SHA-256 of its text, so that a gate
 * run converts only the pages that changed, as ESLint's {@code --cache} does. A cache written by
 * another Docstack version or with other settings ({@code salt}) is ignored; so is an unreadable
 * one. AsciiDoc pages that include other files are never cached: their text alone does not say
 * what they contain. Saving keeps only the pages seen in this run. Thread-safe.
 */
public final class ConversionCache {

    /** File signature and format version: a file of another format is ignored, never misread. */
    private static final int MAGIC = 0x44534333; // "DSC3": links carry their file

    /**
     * One remembered page.
     *
     * @param hash  SHA-256 of the page's text
     * @param size  the file's size when it was read, or -1 when its reading was not clean (then
     *              it is always read again, so that the reading's own problems are reported)
     * @param mtime the file's modification time in nanoseconds when it was read
     */
    record Entry(String hash, long size, long mtime, Conversion conversion) {
    }

    private final Path file;
    private final String salt;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();

    private ConversionCache(Path file, String salt, Map<String, Entry> previous) {
        this.file = file;
        this.salt = salt;
        this.previous = previous;
    }

    /**
     * What makes cached conversions of one run valid in another: the engine that made them (for
     * snapshots, the jar's size and time, since the version does not change between builds), the
     * limits, and each project's heading-id style.
     */
    public static String salt(io.docstack.config.SiteConfig config) {
        StringBuilder salt = new StringBuilder(Version.current()).append('|').append(Version.engineStamp()).append('|')
                .append(config.limits());
        config.projects().forEach(p -> salt.append('|').append(p.id()).append('=').append(p.anchors())
                .append(p.trusted() ? "" : ",untrusted"));
        // Untrusted pages convert differently (sanitized, secure mode): a change of trust must not reuse them.
        config.gitSources().forEach(g -> salt.append("|git=").append(g.trusted()));
        config.bundles().forEach(b -> salt.append("|bundle=").append(b.trusted()));
        return salt.toString();
    }

    /** The cache in {@code file}, or an empty one when it is missing, unreadable or made with another salt. */
    public static ConversionCache load(Path file, String salt) {
        Map<String, Entry> entries = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readInt() == MAGIC && salt.equals(CacheCodec.string(in))) {
                    for (int i = in.readInt(); i > 0; i--) {
                        String path = CacheCodec.string(in);
                        String hash = CacheCodec.string(in);
                        long size = in.readLong();
                        long mtime = in.readLong();
                        entries.put(path, new Entry(hash, size, mtime, CacheCodec.read(in)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // A damaged cache only costs time: start afresh and overwrite it on save.
                entries.clear();
            }
        }
        return new ConversionCache(file, salt, entries);
    }

    /**
     * The remembered conversion of a page whose file has the same size and modification time as
     * when it was read cleanly, without reading it (as ESLint's default cache strategy), or null.
     * A fresh clone gives every file a new time: then {@link #get} compares the text's hash.
     */
    Conversion unchanged(String displayPath, Path source) {
        Entry entry = previous.get(displayPath);
        if (entry == null || entry.size() < 0) {
            return null;
        }
        long[] stamp = stamp(source);
        if (stamp[0] != entry.size() || stamp[1] != entry.mtime()) {
            return null;
        }
        return hit(displayPath, entry);
    }

    /** The remembered conversion of a page with exactly this text, or null. */
    Conversion get(String displayPath, String text, Path source, boolean cleanRead) {
        Entry entry = previous.get(displayPath);
        if (entry == null || !entry.hash().equals(hash(text))) {
            return null;
        }
        long[] stamp = cleanRead ? stamp(source) : new long[] {-1, 0};
        return hit(displayPath, new Entry(entry.hash(), stamp[0], stamp[1], entry.conversion()));
    }

    private Conversion hit(String displayPath, Entry entry) {
        current.put(displayPath, entry);
        hits.incrementAndGet();
        return entry.conversion();
    }

    /** Remembers the conversion of a page; pages whose meaning depends on other files are skipped. */
    void put(String displayPath, String text, Path source, boolean cleanRead, Conversion conversion) {
        if (!dependsOnOtherFiles(text)) {
            long[] stamp = cleanRead ? stamp(source) : new long[] {-1, 0};
            current.put(displayPath, new Entry(hash(text), stamp[0], stamp[1], conversion));
        }
    }

    /** Size and modification time (ns) of a file; {-1, 0} when it cannot be read. */
    private static long[] stamp(Path file) {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return new long[] {attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)};
        } catch (IOException e) {
            return new long[] {-1, 0};
        }
    }

    /** Pages taken from the cache in this run. */
    public int hits() {
        return hits.get();
    }

    /** Writes the pages of this run atomically, sorted so that the same pages give the same bytes. */
    public void save() throws IOException {
        WholeFile.write(file, stream -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
                out.writeInt(MAGIC);
                CacheCodec.string(out, salt);
                Map<String, Entry> sorted = new TreeMap<>(current);
                out.writeInt(sorted.size());
                for (Map.Entry<String, Entry> entry : sorted.entrySet()) {
                    CacheCodec.string(out, entry.getKey());
                    CacheCodec.string(out, entry.getValue().hash());
                    out.writeLong(entry.getValue().size());
                    out.writeLong(entry.getValue().mtime());
                    CacheCodec.write(out, entry.getValue().conversion());
                }
            }
        });
    }

    private static boolean dependsOnOtherFiles(String text) {
        return text.contains("include::");
    }

    private static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
