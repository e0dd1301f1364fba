package io.docstack.search;

import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds Lucene queries from analyzed terms. Ranking: each position is a should-clause over the
 * section title (boost 3), page title (2) and text (1); most positions must match (all of them
 * up to two, then all but one in four, at least one); documents that match every position get a constant bonus so
 * they rank first; each pair of adjacent query words ({@link WordPairs}) found together adds a
 * boost, identifiers typed whole a boost of their own, and a page's lead section a small constant.
 * Every clause is a term or a constant, so a static client that has the terms' postings computes
 * the same scores. Stateless.
 */
final class SearchQuery {

    static final float SECTION_TITLE_BOOST = 3f;
    static final float PAGE_TITLE_BOOST = 2f;
    /** Each pair of the query's words found together, in the text or (times 3) in the section title. */
    static final float PAIR_BOOST = 2f;
    /** Larger than any score a partial match reaches, so complete matches rank first. */
    static final float ALL_TERMS_BONUS = 1_000f;
    /** An identifier typed whole ({@code createPort}) outweighs its parts found apart. */
    static final float IDENTIFIER_BOOST = 3f;
    /** A page's lead section (its introduction) is the better answer among equals. */
    static final float LEAD_BONUS = 1f;

    private SearchQuery() {
    }

    /**
     * The query whose scores define the ranking. {@link Searcher} runs it as {@link #complete} then,
     * when those are fewer than asked for, {@link #partial}: the same scores, found much faster.
     */
    static Query of(QueryTerms terms, Filters filters) {
        return withBoostsAndFilters(withAllTermsBonus(new BooleanQuery.Builder().add(enough(terms), Occur.MUST), terms),
                terms, filters);
    }

    /**
     * The documents that match every position, scored as {@link #of} scores them: each position
     * required (a conjunction, which Lucene scores with block-max skipping), plus the bonus.
     */
    static Query complete(QueryTerms terms, Filters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Set<String> alternatives : terms.positions()) {
            query.add(position(alternatives), Occur.MUST);
        }
        return withBoostsAndFilters(withAllTermsBonus(query, terms), terms, filters);
    }

    /**
     * The documents that match enough positions but not all, scored as {@link #of} scores them
     * (the all-terms bonus never applies to them). Empty for queries of one or two positions.
     */
    static Query partial(QueryTerms terms, Filters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(enough(terms), Occur.MUST).add(all(terms), Occur.MUST_NOT);
        return withBoostsAndFilters(query, terms, filters);
    }

    /** Documents that match at least {@link #minimumPositions} positions, scored by those they match. */
    private static Query enough(QueryTerms terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Set<String> alternatives : terms.positions()) {
            any.add(position(alternatives), Occur.SHOULD);
        }
        return any.setMinimumNumberShouldMatch(minimumPositions(terms)).build();
    }

    /** For three positions and more, the constant that puts complete matches first. */
    private static BooleanQuery.Builder withAllTermsBonus(BooleanQuery.Builder query, QueryTerms terms) {
        if (terms.positions().size() > 2) {
            query.add(new BoostQuery(new ConstantScoreQuery(all(terms)), ALL_TERMS_BONUS), Occur.SHOULD);
        }
        return query;
    }

    /** All positions up to two, then all but one in four, at least one. */
    static int minimumPositions(QueryTerms terms) {
        int count = terms.positions().size();
        return count <= 2 ? count : count - Math.max(1, count / 4);
    }

    private static Query all(QueryTerms terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Set<String> alternatives : terms.positions()) {
            all.add(position(alternatives), Occur.MUST);
        }
        return all.build();
    }

    /** Adds the pair, identifier and lead boosts and the filters. */
    private static Query withBoostsAndFilters(BooleanQuery.Builder query, QueryTerms terms, Filters filters) {
        for (String pair : terms.pairs()) {
            query.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT_PAIRS, pair)), PAIR_BOOST), Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(Fields.SECTION_PAIRS, pair)), PAIR_BOOST * SECTION_TITLE_BOOST),
                    Occur.SHOULD);
        }
        for (String identifier : terms.identifiers()) {
            query.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, identifier)), IDENTIFIER_BOOST), Occur.SHOULD);
        }
        query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.LEAD, Fields.YES))), LEAD_BONUS),
                Occur.SHOULD);
        filter(query, Fields.PROJECT, filters.projects());
        filter(query, Fields.VERSION, filters.versions());
        filter(query, Fields.KIND, filters.kinds().stream().map(Enum::name).toList());
        return query.build();
    }

    /** Type-ahead: earlier words must be in the title, the last one starts a title word. */
    static Query prefix(QueryTerms terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<Set<String>> positions = terms.positions();
        for (int i = 0; i < positions.size(); i++) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            boolean last = i == positions.size() - 1;
            for (String value : positions.get(i)) {
                Term term = new Term(Fields.TITLE_PREFIX, value);
                alternatives.add(last ? new PrefixQuery(term) : new TermQuery(term), Occur.SHOULD);
            }
            query.add(alternatives.build(), Occur.MUST);
        }
        return query.build();
    }

    private static Query position(Set<String> alternatives) {
        BooleanQuery.Builder position = new BooleanQuery.Builder();
        for (String value : alternatives) {
            position.add(new BoostQuery(new TermQuery(new Term(Fields.SECTION_TITLE, value)), SECTION_TITLE_BOOST), Occur.SHOULD);
            position.add(new BoostQuery(new TermQuery(new Term(Fields.PAGE_TITLE, value)), PAGE_TITLE_BOOST), Occur.SHOULD);
            position.add(new TermQuery(new Term(Fields.TEXT, value)), Occur.SHOULD);
        }
        return position.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.stream().sorted().forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        query.add(any.build(), Occur.FILTER);
    }
}
