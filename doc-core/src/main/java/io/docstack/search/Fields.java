package io.docstack.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** The fields of the index and how a {@link SearchDocument} maps onto them. Stateless. */
final class Fields {

    static final String PROJECT = "project";
    static final String VERSION = "version";
    static final String KIND = "kind";
    static final String PAGE_TITLE = "pageTitle";
    static final String SECTION_TITLE = "sectionTitle";
    static final String TEXT = "text";
    static final String URL = "url";
    /** The section title without stemming, for type-ahead prefixes; not stored. */
    static final String TITLE_PREFIX = "titlePrefix";
    /** {@link #YES} on a page's lead section (a URL without anchor); not stored. */
    static final String LEAD = "lead";
    static final String YES = "y";

    /** Stored, with positions and offsets, so the highlighter reads offsets from the postings. */
    private static final FieldType TEXT_TYPE = textWithOffsets();

    private Fields() {
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The analyzer that writes the index: the code chain, unstemmed for {@link #TITLE_PREFIX}. */
    static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(CodeAnalyzer.forIndex(), Map.of(TITLE_PREFIX, CodeAnalyzer.forPrefixes(true)));
    }

    static Document document(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(PROJECT, source.project(), Field.Store.YES));
        document.add(new StringField(VERSION, source.version(), Field.Store.YES));
        document.add(new StringField(KIND, source.kind().name(), Field.Store.YES));
        document.add(new TextField(PAGE_TITLE, source.pageTitle(), Field.Store.YES));
        document.add(new TextField(SECTION_TITLE, source.sectionTitle(), Field.Store.YES));
        document.add(new Field(TEXT, source.text(), TEXT_TYPE));
        document.add(new StoredField(URL, source.url()));
        document.add(new TextField(TITLE_PREFIX, source.sectionTitle(), Field.Store.NO));
        if (source.kind() == SearchDocument.Kind.PAGE && source.url().indexOf('#') < 0) {
            document.add(new StringField(LEAD, YES, Field.Store.NO));
        }
        return document;
    }
}
