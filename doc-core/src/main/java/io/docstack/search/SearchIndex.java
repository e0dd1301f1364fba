package io.docstack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes and opens the search index of a site: a Lucene index in a folder of its own.
 * Stateless; thread-safe (two writes to the same folder at once are the caller's mistake).
 */
public final class SearchIndex {

    /** RAM for buffered documents; a segment is flushed when they pass it. */
    static final int RAM_BUFFER_MB = 64;

    private SearchIndex() {
    }

    /**
     * Writes {@code documents} as a fresh index in {@code folder}: whatever the folder held is
     * deleted first. Document i of the list is Lucene document i: ties in score rank in list
     * order, and the static export numbers documents the same way. One thread adds them (writing
     * slices on two threads and appending them measured no faster in a cold build on two cores,
     * and used more memory). The index is not merged into one segment at the end: on 10,000 pages
     * that cost more than it saves.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public static void write(List<SearchDocument> documents, Path folder) {
        write(documents, folder, RAM_BUFFER_MB);
    }

    /** {@link #write(List, Path)} with {@code ramBufferMb} of buffered documents per segment flushed. */
    static void write(List<SearchDocument> documents, Path folder, double ramBufferMb) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(folder, "folder");
        try {
            deleteTree(folder);
            Files.createDirectories(folder);
            try (Directory directory = FSDirectory.open(folder);
                 IndexWriter writer = new IndexWriter(directory, writerConfig(ramBufferMb))) {
                for (SearchDocument document : documents) {
                    writer.addDocument(Fields.document(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + folder, e);
        }
    }

    /**
     * How the index writer is set up. Merges never reorder documents: the log merge
     * policy merges adjacent segments only (the default tiered one may merge segments 1 and 3
     * and so move segment 2's documents after 3's). No compound files: the index is written once
     * and read in place, so packing each segment's files into one copy of them only costs time.
     */
    private static IndexWriterConfig writerConfig(double ramBufferMb) {
        LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
        merges.setNoCFSRatio(0);
        return new IndexWriterConfig(Fields.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setMergeScheduler(new SerialMergeScheduler())
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(true);
    }

    /**
     * Opens the index written in {@code folder}; close the searcher when done.
     *
     * @throws UncheckedIOException when there is no readable index there
     */
    public static Searcher open(Path folder) {
        Objects.requireNonNull(folder, "folder");
        try {
            Directory directory = FSDirectory.open(folder);
            try {
                return new Searcher(directory, DirectoryReader.open(directory));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
