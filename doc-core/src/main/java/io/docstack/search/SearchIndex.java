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
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes and opens the search index of a site: a Lucene index in a folder of its own.
 * Stateless; thread-safe (two writes to the same folder at once are the caller's mistake).
 */
public final class SearchIndex {

    private SearchIndex() {
    }

    /**
     * Writes {@code documents} as a fresh index in {@code folder}: whatever the folder held is
     * deleted first. Documents keep their list order (ties in score rank in that order) and are
     * added by one thread with serial merges, so the same documents give the same index. It is not
     * merged into one segment at the end: on 10,000 pages that cost more than it saves.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public static void write(List<SearchDocument> documents, Path folder) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(folder, "folder");
        try {
            deleteTree(folder);
            Files.createDirectories(folder);
            IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setMergeScheduler(new SerialMergeScheduler())
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(true);
            try (Directory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
                for (SearchDocument document : documents) {
                    writer.addDocument(Fields.document(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + folder, e);
        }
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

    private static void deleteTree(Path folder) throws IOException {
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
