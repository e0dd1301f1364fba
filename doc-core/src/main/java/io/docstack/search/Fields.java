package io.docstack.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;
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
    /** The {@link WordPairs} of the section title and of the text, one term each; not stored. */
    static final String SECTION_PAIRS = "sectionPairs";
    static final String TEXT_PAIRS = "textPairs";
    /** The section title without stemming, for type-ahead prefixes; not stored. */
    static final String TITLE_PREFIX = "titlePrefix";
    /** {@link #YES} on a page's lead section (a URL without anchor); not stored. */
    static final String LEAD = "lead";
    static final String YES = "y";

    /**
     * Stored, with frequencies only: words that stand together are scored through their pairs, not
     * positions, and the highlighter finds offsets by analysing the stored text of the few hits.
     */
    private static final FieldType TEXT_TYPE = frequencies(true);
    private static final FieldType PAIRS_TYPE = frequencies(false);
    /** Reads the pairs of a text, joined by newlines ({@link #pairs}). */
    private static final Analyzer PAIRS_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = CharTokenizer.fromSeparatorCharPredicate(c -> c == '\n');
            return new TokenStreamComponents(tokenizer);
        }
    };
    /** Finds the words a text's pairs are made of, as a query finds them (the token graph kept). */
    private static final Analyzer WORDS = CodeAnalyzer.forQuery();

    private Fields() {
    }

    private static FieldType frequencies(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /**
     * The analyzer that writes the index: the code chain, unstemmed for {@link #TITLE_PREFIX}, and
     * one term per line for the pair fields.
     */
    static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(CodeAnalyzer.forIndex(), Map.of(TITLE_PREFIX, CodeAnalyzer.forPrefixes(true),
                SECTION_PAIRS, PAIRS_ANALYZER, TEXT_PAIRS, PAIRS_ANALYZER));
    }

    /** The {@link WordPairs} of {@code text}, one per line. */
    static String pairs(String text) {
        return String.join("\n", WordPairs.of(QueryTerms.words(QueryTerms.tokens(WORDS, TEXT, text))));
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
        document.add(new Field(SECTION_PAIRS, pairs(source.sectionTitle()), PAIRS_TYPE));
        document.add(new Field(TEXT_PAIRS, pairs(source.text()), PAIRS_TYPE));
        document.add(new TextField(TITLE_PREFIX, source.sectionTitle(), Field.Store.NO));
        if (source.kind() == SearchDocument.Kind.PAGE && source.url().indexOf('#') < 0) {
            document.add(new StringField(LEAD, YES, Field.Store.NO));
        }
        return document;
    }
}
