package io.docstack.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.docstack.model.SitePath;

/**
 * Where the render stage puts finished files: a folder being published, or memory for the
 * preview server. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SiteSink {
    void write(SitePath path, byte[] content);

    /** Puts the file {@code source} (an asset) at {@code path}; a sink on disk may copy it without reading it. */
    default void copy(SitePath path, Path source) {
        try {
            write(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
