package io.docstack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import io.docstack.convert.ConvertedSite;
import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.spec.ApiSite;
import io.docstack.spec.ServiceSpec;

/**
 * The search index of the preview: the same documents as {@link SearchIndex#write}, but the writer
 * stays open and a page's sections are replaced when the page changes, so an edit costs the edited
 * pages, not the site. Each {@link #searcher()} sees every update before it (near-real-time: no
 * commit, nothing fsynced; the folder is scratch that the caller deletes). Documents carry one more
 * field, the key of their page (or of their service's operations), that updates delete by.
 * Updated by one thread at a time; the searchers it gives are thread-safe. Close them, then it.
 */
public final class LiveIndex implements AutoCloseable {

    /** The page (or service) a document belongs to: {@code project@version:source}, {@code api:project@version}. */
    static final String KEY = "key";

    private final Directory directory;
    private final IndexWriter writer;

    private LiveIndex(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /**
     * Indexes {@code site} (with HTML) and the operations of {@code apis} in {@code folder}, an empty
     * or missing folder the caller owns.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public static LiveIndex create(ConvertedSite site, ApiSite apis, Path folder) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(apis, "apis");
        Directory directory = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Fields.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(SearchIndex.RAM_BUFFER_MB));
            LiveIndex index = new LiveIndex(directory, writer);
            // A new index: nothing to delete first.
            index.add(apis, site.pages(), true);
            return index;
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot write the search index in " + folder, e);
        }
    }

    /**
     * Replaces the sections of the pages {@code changed} names (a page gone from {@code site} is
     * only removed) and, with {@code apisChanged}, every operation by those of {@code apis}.
     */
    public void update(ConvertedSite site, ApiSite apis, Set<PageRef> changed, boolean apisChanged) {
        try {
            for (PageRef ref : changed) {
                writer.deleteDocuments(new Term(KEY, key(ref)));
            }
            if (apisChanged) {
                writer.deleteDocuments(new Term(Fields.KIND, SearchDocument.Kind.API.name()));
            }
            add(apis, site.pages().stream().filter(p -> changed.contains(p.ref())).toList(), apisChanged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Adds the sections of {@code pages} and, with {@code operations}, every operation of {@code apis}. */
    private void add(ApiSite apis, List<Page> pages, boolean operations) throws IOException {
        Set<io.docstack.model.ProjectVersion> withSpecs = SearchDocuments.withSpecs(apis);
        for (Page page : pages) {
            add(SearchDocuments.of(page, withSpecs), key(page.ref()));
        }
        if (operations) {
            for (ServiceSpec service : apis.services()) {
                add(ApiDocuments.of(service), "api:" + service.project().name() + "@" + service.project().version());
            }
        }
    }

    private void add(List<SearchDocument> documents, String key) throws IOException {
        for (SearchDocument source : documents) {
            Document document = Fields.document(source);
            document.add(new StringField(KEY, key, Field.Store.NO));
            writer.addDocument(document);
        }
    }

    private static String key(PageRef ref) {
        return ref.project().name() + "@" + ref.project().version() + ":" + ref.source().value();
    }

    /** A searcher over every update so far; close it when no request uses it any more. */
    public Searcher searcher() {
        try {
            return new Searcher(null, DirectoryReader.open(writer));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    @Override
    public void close() {
        try (directory) {
            writer.rollback(); // closes the writer; the scratch folder needs no commit
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                // already failing; the first error is the one to report
            }
        }
    }
}
