package io.docstack.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.docstack.model.WholeFile;

/** Writes report files whole: readers (CI uploaders, the next build) never see half of one. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes {@code content} whole ({@link WholeFile}). Creates missing parent folders.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, byte[] content) {
        try {
            WholeFile.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
        }
    }
}
