package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The {@code project[@version]} of {@code xref:network@1.9:…}: what it accepts and how it is written back. */
class CrossProjectTest {

    private static final Pattern WRITTEN = Pattern.compile(CrossProject.WRITTEN);

    @Test
    void isWrittenWithTheVersionAfterAnAtSignWhenThereIsOne() {
        assertThat(new CrossProject("network", null)).hasToString("network");
        assertThat(new CrossProject("network", "1.9")).hasToString("network@1.9");
    }

    @Test
    void acceptsLowerCaseNamesAndVersionsThatStartWithALetterOrDigit() {
        assertThat(WRITTEN.matcher("network").matches()).isTrue();
        assertThat(WRITTEN.matcher("my-net_2.x@release-2.1").matches()).isTrue();
        assertThat(WRITTEN.matcher("v2@RC1").matches()).isTrue();
        assertThat(WRITTEN.matcher("Network").matches()).isFalse();
        assertThat(WRITTEN.matcher("-net").matches()).isFalse();
        assertThat(WRITTEN.matcher("net@.1").matches()).isFalse();
        assertThat(WRITTEN.matcher("net@").matches()).isFalse();
    }
}
