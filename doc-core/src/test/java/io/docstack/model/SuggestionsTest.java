package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheNearestCandidateWithinAThirdOfTheLength() {
        assertThat(Suggestions.nearest("flavours", List.of("flavors", "ports", "images"))).isEqualTo("flavors");
        assertThat(Suggestions.didYouMean("flavours", List.of("flavors"))).isEqualTo("did you mean 'flavors'?");
        assertThat(Suggestions.nearest("something-else", List.of("flavors", "ports"))).isNull();
        assertThat(Suggestions.didYouMean("x", List.of())).isNull();
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstCandidateWhateverTheIterationOrder() {
        assertThat(Suggestions.nearest("cat", List.of("hat", "bat", "mat"))).isEqualTo("bat");
        assertThat(Suggestions.nearest("cat", List.of("mat", "hat", "bat"))).isEqualTo("bat");
    }

    @Test
    void comparesWithoutCase() {
        assertThat(Suggestions.nearest("Create-A-Port", List.of("create-a-port"))).isEqualTo("create-a-port");
    }

    @Test
    void levenshteinDistance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "abc")).isZero();
    }
}
