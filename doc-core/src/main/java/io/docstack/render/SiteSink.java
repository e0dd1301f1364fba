package io.docstack.render;

import io.docstack.model.SitePath;

/** Where the render stage puts finished files. Implementations must be thread-safe. */
@FunctionalInterface
public interface SiteSink {
    void write(SitePath path, byte[] content);
}
