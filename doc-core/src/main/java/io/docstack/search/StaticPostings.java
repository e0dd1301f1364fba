package io.docstack.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * {@code [doc gap, term frequency, field length, …]}, and for the fields phrases are matched in,
 * per posting its positions as gaps. The field length is the one BM25 scores with: the norm
 * Lucene stored, decoded, so that a client computes Lucene's scores. Not thread-safe; used once
 * per export.
 */
final class StaticPostings {

    /** Scored fields and the one-letter keys the export uses for them. */
    static final Map<String, String> FIELD_KEYS = orderedKeys();

    /** Phrases are matched in these fields only (see {@link SearchQuery}). */
    static final List<String> PHRASE_FIELDS = List.of(Fields.SECTION_TITLE, Fields.TEXT);

    private StaticPostings() {
    }

    /**
     * One term's postings.
     *
     * @param postings  field key → {@code [doc gap, frequency, field length, …]}
     * @param positions field key → per posting, its positions as gaps (phrase fields only)
     */
    record TermPostings(Map<String, int[]> postings, Map<String, List<int[]>> positions) {
    }

    private static Map<String, String> orderedKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(Fields.SECTION_TITLE, "s");
        keys.put(Fields.PAGE_TITLE, "p");
        keys.put(Fields.TEXT, "t");
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** term → its postings. */
    static TreeMap<String, TermPostings> read(IndexReader reader) throws IOException {
        TreeMap<String, TermPostings> byTerm = new TreeMap<>();
        for (Map.Entry<String, String> field : FIELD_KEYS.entrySet()) {
            Terms terms = MultiTerms.getTerms(reader, field.getKey());
            if (terms == null) {
                continue;
            }
            int[] lengths = lengths(reader, field.getKey());
            boolean phrases = PHRASE_FIELDS.contains(field.getKey());
            TermsEnum termsEnum = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                postings = termsEnum.postings(postings, phrases ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                List<Integer> flat = new ArrayList<>();
                List<int[]> positions = new ArrayList<>();
                int previous = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    flat.add(doc - previous);
                    flat.add(postings.freq());
                    flat.add(lengths[doc]);
                    previous = doc;
                    if (phrases) {
                        positions.add(positionGaps(postings));
                    }
                }
                TermPostings entry = byTerm.computeIfAbsent(term.utf8ToString(),
                        t -> new TermPostings(new LinkedHashMap<>(), new LinkedHashMap<>()));
                entry.postings().put(field.getValue(), flat.stream().mapToInt(Integer::intValue).toArray());
                if (phrases) {
                    entry.positions().put(field.getValue(), positions);
                }
            }
        }
        return byTerm;
    }

    private static int[] positionGaps(PostingsEnum postings) throws IOException {
        int[] gaps = new int[postings.freq()];
        int previous = 0;
        for (int i = 0; i < gaps.length; i++) {
            int position = postings.nextPosition();
            gaps[i] = position - previous;
            previous = position;
        }
        return gaps;
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
