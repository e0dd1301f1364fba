package io.docstack.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The postings of the scored fields, read from a Lucene index: per term (in {@link String} order,
 * which is the order JavaScript compares strings in), per field, the flat list
 * {@code [doc gap, term frequency, field length, …]}. The field length is the one BM25 scores
 * with: the norm Lucene stored, decoded, so that a client computes Lucene's scores. Words and
 * {@link WordPairs} are read apart: they are exported as two dictionaries. Not thread-safe; used
 * once per export.
 */
final class StaticPostings {

    /** Scored word fields and the one-letter keys the export uses for them. */
    static final Map<String, String> WORD_FIELDS = keys(Fields.SECTION_TITLE, "s", Fields.PAGE_TITLE, "p", Fields.TEXT, "t");
    /** Scored pair fields and their keys. */
    static final Map<String, String> PAIR_FIELDS = keys(Fields.SECTION_PAIRS, "S", Fields.TEXT_PAIRS, "T");

    private StaticPostings() {
    }

    private static Map<String, String> keys(String... fieldsAndKeys) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndKeys.length; i += 2) {
            keys.put(fieldsAndKeys[i], fieldsAndKeys[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** term → field key → {@code [doc gap, frequency, field length, …]}, over {@code fields} (field → key). */
    static TreeMap<String, Map<String, int[]>> read(IndexReader reader, Map<String, String> fields) throws IOException {
        TreeMap<String, Map<String, int[]>> byTerm = new TreeMap<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Terms terms = MultiTerms.getTerms(reader, field.getKey());
            if (terms == null) {
                continue;
            }
            int[] lengths = lengths(reader, field.getKey());
            TermsEnum termsEnum = terms.iterator();
            PostingsEnum postings = null;
            int[] flat = new int[3 * 1024];
            for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                postings = termsEnum.postings(postings, PostingsEnum.FREQS);
                int size = 0;
                int previous = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (size + 3 > flat.length) {
                        flat = java.util.Arrays.copyOf(flat, flat.length * 2);
                    }
                    flat[size++] = doc - previous;
                    flat[size++] = postings.freq();
                    flat[size++] = lengths[doc];
                    previous = doc;
                }
                byTerm.computeIfAbsent(term.utf8ToString(), t -> new LinkedHashMap<>())
                        .put(field.getValue(), java.util.Arrays.copyOf(flat, size));
            }
        }
        return byTerm;
    }

    /** Field lengths per document as BM25 sees them (the stored norm, decoded; 0 without norm). */
    static int[] lengths(IndexReader reader, String field) throws IOException {
        int[] lengths = new int[reader.maxDoc()];
        NumericDocValues norms = MultiDocValues.getNormValues(reader, field);
        if (norms != null) {
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                lengths[doc] = SmallFloat.byte4ToInt((byte) norms.longValue());
            }
        }
        return lengths;
    }

    /** The documents with {@code term} in {@code field}, as a bitset (bit i of byte i / 8). */
    static byte[] bitset(IndexReader reader, String field, String term) throws IOException {
        byte[] bits = new byte[(reader.maxDoc() + 7) / 8];
        PostingsEnum postings = MultiTerms.getTermPostingsEnum(reader, field, new BytesRef(term), PostingsEnum.NONE);
        if (postings != null) {
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                bits[doc >> 3] |= (byte) (1 << (doc & 7));
            }
        }
        return bits;
    }
}
