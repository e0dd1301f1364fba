package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

class FingerprintTest {

    private static final Diagnostic ANCHOR = Diagnostic.error(Rules.LINK_ANCHOR, "compute/guide/boot.md", 42, 17,
            "no heading 'flavours' in network/guide/ports.md", "did you mean 'flavors'?");
    private static final Diagnostic BROKEN = Diagnostic.error(Rules.LINK_BROKEN, "compute/guide/boot.md", 50, 3,
            "no page network/guide/portz.md", null);

    @Test
    void isAHashOfRuleFileAndMessagePlusAnOccurrenceIndex() {
        assertThat(Fingerprint.of(List.of(ANCHOR))).singleElement().asString().matches("[0-9a-f]{32}:0");
    }

    @Test
    void survivesLineAndColumnShifts() {
        Diagnostic moved = new Diagnostic(ANCHOR.severity(), ANCHOR.rule(), ANCHOR.file(), 90, 1, ANCHOR.message(), "other hint");
        assertThat(Fingerprint.of(List.of(moved, BROKEN))).isEqualTo(Fingerprint.of(List.of(ANCHOR, BROKEN)));
    }

    @Test
    void changesWithRuleFileOrMessage() {
        String base = Fingerprint.of(List.of(ANCHOR)).get(0);
        assertThat(Fingerprint.of(List.of(Diagnostic.error("other", ANCHOR.file(), 42, 17, ANCHOR.message(), null))).get(0)).isNotEqualTo(base);
        assertThat(Fingerprint.of(List.of(Diagnostic.error(ANCHOR.rule(), "x.md", 42, 17, ANCHOR.message(), null))).get(0)).isNotEqualTo(base);
        assertThat(Fingerprint.of(List.of(Diagnostic.error(ANCHOR.rule(), ANCHOR.file(), 42, 17, "other", null))).get(0)).isNotEqualTo(base);
    }

    @Test
    void fieldSeparatorKeepsConcatenationsApart() {
        Diagnostic a = Diagnostic.error("r", "ab", 1, 1, "c", null);
        Diagnostic b = Diagnostic.error("r", "a", 1, 1, "bc", null);
        assertThat(Fingerprint.of(List.of(a)).get(0)).isNotEqualTo(Fingerprint.of(List.of(b)).get(0));
    }

    @Test
    void identicalProblemsGetDistinctIndicesInLineOrder() {
        Diagnostic first = Diagnostic.error(Rules.LINK_BROKEN, "a.md", 3, 1, "no page b.md", null);
        Diagnostic second = Diagnostic.error(Rules.LINK_BROKEN, "a.md", 9, 1, "no page b.md", null);
        List<String> fingerprints = Fingerprint.of(List.of(second, first));
        String hash = fingerprints.get(0).substring(0, 32);
        // The result follows the list; the index follows the line order.
        assertThat(fingerprints).containsExactly(hash + ":1", hash + ":0");
    }

    @Test
    void equalRecordsGetDistinctFingerprints() {
        List<String> fingerprints = Fingerprint.of(List.of(BROKEN, BROKEN, BROKEN));
        assertThat(fingerprints).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void doesNotDependOnListOrder() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            diagnostics.add(Diagnostic.error(Rules.LINK_BROKEN, "p" + (i % 3) + ".md", i + 1, 1, "no page x" + (i % 4), null));
        }
        List<String> expected = new ArrayList<>(Fingerprint.of(diagnostics));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < diagnostics.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        List<Diagnostic> shuffled = order.stream().map(diagnostics::get).toList();
        List<String> actual = Fingerprint.of(shuffled);
        for (int i = 0; i < order.size(); i++) {
            assertThat(actual.get(i)).isEqualTo(expected.get(order.get(i)));
        }
    }

    @Test
    void emptyListHasNoFingerprints() {
        assertThat(Fingerprint.of(List.of())).isEmpty();
    }
}
