package io.docstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void removesWhatXml10Forbids() {
        assertThat(XmlText.content("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg")).isEqualTo("abcdefg");
        assertThat(XmlText.content("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
    }

    @Test
    void keepsEverythingXml10Allows() {
        String legal = "tab\tline\nü € \uE000 \uFFFD 😀 <&>\"'";
        assertThat(XmlText.content(legal)).isSameAs(legal);
    }

    @Test
    void normalisesLineEndsAndFlattensAttributes() {
        assertThat(XmlText.content("a\r\nb\rc")).isEqualTo("a\nb\nc");
        assertThat(XmlText.attribute("a\r\nb\tc")).isEqualTo("a b c");
    }
}
