package io.docstack.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the review gate learnt from each page last time (title, headings, anchors, links and
 * diagnostics, without HTML), keyed by the page's path and a SHA-256 of its text, so that a gate
 * run converts only the pages that changed, as ESLint's {@code --cache} does. A cache written by
 * another Docstack version or with other settings ({@code salt}) is ignored; so is an unreadable
 * one. AsciiDoc pages that include other files are never cached: their text alone does not say
 * what they contain. Saving keeps only the pages seen in this run. Thread-safe.
 */
public final class ConversionCache {

    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One remembered page. */
    record Entry(String hash, Conversion conversion) {
    }

    /** The file's shape. */
    record FileFormat(int format, String salt, Map<String, Entry> entries) {
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

    /** The cache in {@code file}, or an empty one when it is missing, unreadable or made with another salt. */
    public static ConversionCache load(Path file, String salt) {
        Map<String, Entry> entries = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                FileFormat read = JSON.readValue(in, FileFormat.class);
                if (read != null && read.format() == FORMAT && salt.equals(read.salt()) && read.entries() != null) {
                    entries.putAll(read.entries());
                }
            } catch (IOException | RuntimeException e) {
                // A damaged cache only costs time: start afresh and overwrite it on save.
            }
        }
        return new ConversionCache(file, salt, entries);
    }

    /** The remembered conversion of a page with exactly this text, or null. */
    Conversion get(String displayPath, String text) {
        Entry entry = previous.get(displayPath);
        String hash = hash(text);
        if (entry != null && entry.hash().equals(hash) && entry.conversion() != null) {
            current.put(displayPath, entry);
            hits.incrementAndGet();
            return entry.conversion();
        }
        return null;
    }

    /** Remembers the conversion of a page; pages whose meaning depends on other files are skipped. */
    void put(String displayPath, String text, Conversion conversion) {
        if (!dependsOnOtherFiles(text)) {
            current.put(displayPath, new Entry(hash(text), conversion));
        }
    }

    /** Pages taken from the cache in this run. */
    public int hits() {
        return hits.get();
    }

    /** Writes the pages of this run atomically. */
    public void save() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".cache", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                JSON.writeValue(out, new FileFormat(FORMAT, salt, new java.util.TreeMap<>(current)));
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
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
