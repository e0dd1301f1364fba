package io.docstack.source;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * The files of one git ref or one docs bundle, held in memory in a file system of their own, so
 * that every later stage reads them exactly as it reads a folder on disk (as {@link Path}s) and
 * nothing is ever unpacked or checked out to disk. Files are written once, here, by the source
 * stage, after their names were validated; afterwards the tree is only read.
 *
 * <p>The tree's root folder is named after the source ({@code compute@release/2.1},
 * {@code compute-2.1.0-docs.zip}), so that paths shown in diagnostics say where a file came from.
 * The file system is garbage once no {@link Path} of it is reachable; it is not closed explicitly
 * because the catalog's paths stay in use for as long as a preview runs.
 *
 * <p>Files are held in blocks of {@value #BLOCK} bytes (the file system's default of 8 KiB would
 * make 50,000 one-line files hold 400 MiB); {@link #cost} is what a file holds, which the source
 * limits count.
 */
final class MemoryTree {

    /** Bytes per block of the in-memory file system, and about what one file's entry costs besides. */
    static final int BLOCK = 1024;

    private final Path root;

    private MemoryTree(Path root) {
        this.root = root;
    }

    /** An empty tree whose root is {@code /label}. */
    static MemoryTree create(String label) {
        FileSystem memory = Jimfs.newFileSystem(Configuration.unix().toBuilder().setWorkingDirectory("/")
                .setBlockSize(BLOCK).build());
        Path root = memory.getPath("/" + label).normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory tree " + label, e);
        }
        return new MemoryTree(root);
    }

    /** The folder the source's files are under. */
    Path root() {
        return root;
    }

    /**
     * What a file of {@code size} bytes holds in memory: its blocks, and one block more for its
     * entry (names, attributes, its folder's map), as measured: 1.6 KiB for a file of 100 bytes.
     */
    static long cost(long size) {
        long blocks = size / BLOCK + (size % BLOCK == 0 ? 0 : 1);
        return blocks >= Long.MAX_VALUE / BLOCK - 1 ? Long.MAX_VALUE : (blocks + 1) * BLOCK;
    }

    /** Writes a file at a relative, already validated path ('/'-separated, no '..'). */
    Path add(String relative, byte[] content) {
        try (OutputStream out = newFile(relative)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hold " + relative + " in memory", e);
        }
        return root.resolve(relative).normalize();
    }

    /** A new file at a relative, already validated path, for the caller to write (and close). */
    OutputStream newFile(String relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("not a path inside the tree: " + relative);
        }
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    /**
     * How diagnostics show a file of an in-memory tree: its source and its path there
     * ({@code compute@release/2.1/src/docs/a.md}). The in-memory half of {@link Sources#display},
     * which every other caller uses; called directly only where a tree's file is being read.
     */
    static String display(Path file) {
        return file.toAbsolutePath().normalize().toString().substring(1);
    }

    /** True when {@code path} is a path of an in-memory tree rather than of the disk. */
    static boolean inMemory(Path path) {
        return !path.getFileSystem().equals(java.nio.file.FileSystems.getDefault());
    }
}
