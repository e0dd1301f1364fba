package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatIsFileLineColumnSeverityRuleMessageAndHint() {
        Diagnostic diagnostic = Diagnostic.error(Rules.LINK_ANCHOR, "compute/guide/boot.md", 42, 17,
                "no heading 'flavours' in network/guide/ports.md", "did you mean 'flavors'?");
        assertThat(diagnostic.format()).isEqualTo("compute/guide/boot.md:42:17: error [link.anchor] "
                + "no heading 'flavours' in network/guide/ports.md (did you mean 'flavors'?)");
        assertThat(diagnostic).hasToString(diagnostic.format());
    }

    @Test
    void formatLeavesOutUnknownPositionsAndMissingHints() {
        assertThat(Diagnostic.warning("x.rule", "a.md", 3, 0, "msg", null).format()).isEqualTo("a.md:3: warning [x.rule] msg");
        assertThat(Diagnostic.error("x.rule", "a.md", 0, 0, "msg", "  ").format()).isEqualTo("a.md: error [x.rule] msg");
        // A column without a line means nothing; it is not printed.
        assertThat(Diagnostic.error("x.rule", "a.md", 0, 5, "msg", "fix").format()).isEqualTo("a.md: error [x.rule] msg (fix)");
    }

    @Test
    void withSeverityKeepsEverythingElse() {
        Diagnostic error = Diagnostic.error("r", "f", 1, 2, "m", "h");
        Diagnostic info = error.withSeverity(Severity.INFO);
        assertThat(info).isEqualTo(new Diagnostic(Severity.INFO, "r", "f", 1, 2, "m", "h"));
        assertThat(info.isError()).isFalse();
        assertThat(error.isError()).isTrue();
        assertThat(info.format()).startsWith("f:1:2: info [r]");
    }

    @Test
    void ordersByFileThenLineThenColumnThenRule() {
        Diagnostic a = Diagnostic.error("z", "a.md", 10, 1, "m", null);
        Diagnostic b = Diagnostic.error("z", "a.md", 2, 30, "m", null);
        Diagnostic c = Diagnostic.error("z", "a.md", 2, 4, "m", null);
        Diagnostic d = Diagnostic.error("a", "a.md", 2, 4, "m", null);
        Diagnostic e = Diagnostic.error("a", "a.md", 0, 0, "m", null);
        Diagnostic f = Diagnostic.error("a", "b.md", 1, 1, "m", null);
        Diagnostic g = Diagnostic.warning("a", "a/c.md", 1, 1, "m", null);
        List<Diagnostic> list = new ArrayList<>(List.of(f, a, b, c, d, e, g));
        Collections.shuffle(list, new java.util.Random(1));
        Collections.sort(list);
        // Line 10 after line 2: numeric, not textual, order.
        assertThat(list).containsExactly(e, d, c, b, a, g, f);
    }

    @Test
    void refusesNegativePositionsAndMissingFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> Diagnostic.error("r", "f", -1, 0, "m", null));
        assertThatIllegalArgumentException().isThrownBy(() -> Diagnostic.error("r", "f", 1, -1, "m", null));
        assertThatNullPointerException().isThrownBy(() -> Diagnostic.error(null, "f", 1, 1, "m", null));
        assertThatNullPointerException().isThrownBy(() -> Diagnostic.error("r", null, 1, 1, "m", null));
        assertThatNullPointerException().isThrownBy(() -> Diagnostic.error("r", "f", 1, 1, null, null));
    }
}
