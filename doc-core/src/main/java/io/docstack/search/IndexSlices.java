package io.docstack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes an index on several threads without changing its document numbers: the list is cut into
 * contiguous slices, each written by its own writer into a folder of its own, and the slices'
 * segments are then appended to the index in slice order ({@link IndexWriter#addIndexes(Directory...)}
 * copies segments as they are and numbers their documents after the ones already there). Analysis
 * is what costs; the copy is a few file copies. Stateless; thread-safe.
 */
final class IndexSlices {

    /** Fewer documents than this per slice are written on one thread: a writer has a fixed cost. */
    static final int MIN_SLICE_DOCUMENTS = 2_000;

    private IndexSlices() {
    }

    /** How many slices {@code documents} are cut into on {@code threads} threads. */
    static int count(int documents, int threads) {
        return Math.max(1, Math.min(threads, documents / MIN_SLICE_DOCUMENTS));
    }

    /** Writes {@code documents} into a fresh index in {@code folder}, in {@code slices} slices. */
    static void write(List<SearchDocument> documents, Path folder, int slices) {
        try {
            SearchIndex.recreate(folder);
            if (slices == 1) {
                try (Directory directory = FSDirectory.open(folder)) {
                    SearchIndex.add(documents, directory, SearchIndex.RAM_BUFFER_MB);
                }
                return;
            }
            Path work = Files.createTempDirectory(folder.toAbsolutePath().getParent(), folder.getFileName() + "-slices");
            try {
                List<Path> written = writeSlices(documents, work, slices);
                append(written, folder);
            } finally {
                SearchIndex.deleteTree(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + folder, e);
        }
    }

    /** Writes slice i of {@code slices} into {@code work/i}, all at once; returns the folders in slice order. */
    private static List<Path> writeSlices(List<SearchDocument> documents, Path work, int slices) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(slices, sliceThreads());
        try {
            List<Path> folders = new ArrayList<>(slices);
            List<Future<?>> futures = new ArrayList<>(slices);
            for (int i = 0; i < slices; i++) {
                // Slice bounds by integer division: contiguous, in order, covering the list exactly.
                List<SearchDocument> slice = documents.subList(documents.size() * i / slices,
                        documents.size() * (i + 1) / slices);
                Path folder = work.resolve(Integer.toString(i));
                folders.add(folder);
                futures.add(pool.submit(() -> {
                    try (Directory directory = FSDirectory.open(folder)) {
                        SearchIndex.add(slice, directory, (double) SearchIndex.RAM_BUFFER_MB / slices);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                join(future);
            }
            return folders;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Appends the segments of {@code slices}, in order, to the empty index in {@code folder}. */
    private static void append(List<Path> slices, Path folder) throws IOException {
        List<Directory> directories = new ArrayList<>(slices.size());
        try (Directory target = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(target, SearchIndex.writerConfig(SearchIndex.RAM_BUFFER_MB))) {
            for (Path slice : slices) {
                directories.add(FSDirectory.open(slice));
            }
            writer.addIndexes(directories.toArray(Directory[]::new));
        } finally {
            for (Directory directory : directories) {
                directory.close();
            }
        }
    }

    private static void join(Future<?> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("writing the search index was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException("writing the search index failed", cause);
        }
    }

    private static java.util.concurrent.ThreadFactory sliceThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "docstack-search-index-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
