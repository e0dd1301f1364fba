package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordPairsTest {

    @Test
    void stopWordsAreSkippedSoCreateAPortPairsAsCreatePort() {
        assertThat(WordPairs.of(List.of("create", "a", "port", "for", "the", "server")))
                .containsExactly("create port", "port server");
    }

    @Test
    void oneWordOrOnlyStopWordsGiveNoPair() {
        assertThat(WordPairs.of(List.of("port"))).isEmpty();
        assertThat(WordPairs.of(List.of("the", "of", "and"))).isEmpty();
    }

    @Test
    void aPairTooLongForOneTermIsLeftOut() {
        String long1 = "a".repeat(200);
        String long2 = "b".repeat(60);
        assertThat(WordPairs.of(List.of(long1, long2, "c"))).containsExactly(long2 + " c");
    }

    @Test
    void queryAndTextGiveTheSamePairsThroughTheAnalyzer() {
        QueryTerms query = QueryTerms.analyze(CodeAnalyzer.forQuery(), Fields.TEXT, "How do I create a port?");
        assertThat(query.pairs()).containsExactly("create port");
        assertThat(Fields.pairs("Create a Port for getServerId")).isEqualTo("create port\nport get\nget server\nserver id");
    }
}
