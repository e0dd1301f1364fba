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

    /** The pruned search picks what comparing every candidate in full picks, on random paths. */
    @Test
    void pruningNeverChangesTheAnswer() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            List<String> candidates = new java.util.ArrayList<>();
            for (int i = random.nextInt(30); i >= 0; i--) {
                candidates.add(word(random));
            }
            String wanted = random.nextBoolean() ? word(random) : candidates.get(0) + (char) ('a' + random.nextInt(3));
            assertThat(Suggestions.nearest(wanted, candidates)).as("%s in %s", wanted, candidates)
                    .isEqualTo(nearestByFullComparison(wanted, candidates));
        }
    }

    private static String word(java.util.Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String nearestByFullComparison(String wanted, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = Suggestions.distance(wanted.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? best : null;
    }
}
