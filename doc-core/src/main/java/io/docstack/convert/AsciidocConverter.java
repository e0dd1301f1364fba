package io.docstack.convert;

import java.nio.file.Path;

import io.docstack.config.Limits;
import io.docstack.source.SourceFile;

/** Placeholder until the AsciiDoc converter lands (being written in parallel). */
final class AsciidocConverter implements AutoCloseable {
    AsciidocConverter(Limits limits) {
    }

    void start() {
    }

    Conversion convert(SourceFile file, String text, Path docsRoot) {
        return ConversionFailure.notice(null, "AsciiDoc is not supported yet", java.util.List.of());
    }

    @Override
    public void close() {
    }
}
