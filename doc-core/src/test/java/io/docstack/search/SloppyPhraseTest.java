package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SloppyPhraseTest {

    @Test
    void anExactPhraseCountsOne() {
        assertThat(SloppyPhrase.frequency(List.of(new int[] {4}, new int[] {5}), 2)).isEqualTo(1.0);
    }

    @Test
    void aWordBetweenHalvesTheMatch() {
        assertThat(SloppyPhrase.frequency(List.of(new int[] {4}, new int[] {6}), 2)).isEqualTo(0.5);
    }

    @Test
    void wordsFurtherApartThanTheSlopDoNotMatch() {
        assertThat(SloppyPhrase.frequency(List.of(new int[] {1}, new int[] {9}), 2)).isZero();
    }

    @Test
    void everyMatchAdds() {
        assertThat(SloppyPhrase.frequency(List.of(new int[] {0, 10}, new int[] {1, 11}), 2)).isEqualTo(2.0);
    }

    @Test
    void reversedWordsCostTheirDistanceTwice() {
        // 'b a' for the phrase 'a b': a at 1 (offset 0), b at 0 (offset 1 → -1): length 2
        assertThat(SloppyPhrase.frequency(List.of(new int[] {1}, new int[] {0}), 2)).isEqualTo(1.0 / 3);
    }
}
