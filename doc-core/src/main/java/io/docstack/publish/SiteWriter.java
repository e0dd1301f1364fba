package io.docstack.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

import io.docstack.model.SitePath;
import io.docstack.render.SiteSink;

/**
 * Writes a site into a staging folder next to the output folder and swaps it in on
 * {@link #commit()}: readers of the output folder see the old site or the new one, never half of
 * one, and a build that fails before committing leaves the old site untouched. Every write goes
 * through a {@link SitePath}, so nothing lands outside the staging folder. Thread-safe.
 */
public final class SiteWriter implements SiteSink, AutoCloseable {

    private final Path output;
    private final Path staging;
    private boolean committed;

    private SiteWriter(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /**
     * Opens a staging folder for {@code output} (which need not exist) and marks it as Docstack's
     * ({@link OutputFolder#MARKER}).
     *
     * @throws IllegalArgumentException when {@code output} exists and is not empty and not a folder
     *                                  Docstack wrote ({@link OutputFolder#requireReplaceable})
     */
    public static SiteWriter open(Path output) {
        Path target = output.toAbsolutePath().normalize();
        OutputFolder.requireReplaceable(target);
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = parent.resolve("." + target.getFileName() + ".staging-" + UUID.randomUUID());
            Files.createDirectory(staging);
            OutputFolder.mark(staging);
            return new SiteWriter(target, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder next to " + target, e);
        }
    }

    @Override
    public void write(SitePath path, byte[] content) {
        Path file = staging.resolve(path.value());
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Copies a source file (an asset) into the site. */
    @Override
    public void copy(SitePath path, Path source) {
        Path file = staging.resolve(path.value());
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + file, e);
        }
    }

    /** Replaces the output folder with the staged site. */
    public synchronized Path commit() {
        return replace(output);
    }

    private Path replace(Path target) {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        try {
            // Checked again at the last moment: the folder may have changed since open().
            OutputFolder.requireReplaceable(target);
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                move(target, old);
            }
            move(staging, target);
            committed = true;
            if (hadOld) {
                deleteTree(old);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target, e);
        }
    }

    /** Deletes the staging folder unless the site was committed. */
    @Override
    public synchronized void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + staging, e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A new temporary folder whose name starts with {@code prefix}, for work that is deleted when done ({@link #deleteQuietly}). */
    public static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    /** Deletes a temporary folder and what it holds, if it can. */
    public static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing finished work.
        }
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
