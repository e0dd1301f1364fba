package io.docstack.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code $ref} strings: JSON-pointer escapes, percent-decoding, files, and what is not followed. */
class RefTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#/components/schemas/Server     | ''                | components,schemas,Server | Server",
            "#/paths/~1servers~1{id}/get     | ''                | paths,/servers/{id},get   | get",
            "#/components/schemas/a~0b~01    | ''                | components,schemas,a~b~1  | a~b~1",
            "#/components/schemas/a%20b%25   | ''                | components,schemas,a b%   | a b%",
            "common.yaml#/components/schemas/X | common.yaml     | components,schemas,X      | X",
            "schemas/flavor%20v2.yaml        | schemas/flavor v2.yaml | ''                 | flavor v2"})
    void parsesFileAndPointer(String text, String file, String pointer, String name) {
        Ref ref = Ref.parse(text);
        assertThat(ref.problem()).isNull();
        assertThat(ref.file()).isEqualTo(file);
        assertThat(String.join(",", ref.pointer())).isEqualTo(pointer);
        assertThat(ref.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/a.yaml", "https://example.com/a.yaml#/x", "file:///etc/passwd",
            "//example.com/a.yaml", "urn:x:y"})
    void remoteRefsAreNotFollowed(String text) {
        assertThat(Ref.parse(text).problem()).startsWith("remote $ref");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#components/schemas/X", "#/a/%zz", "a.yaml#x"})
    void malformedRefsSayWhy(String text) {
        assertThat(Ref.parse(text).problem()).isNotNull().contains(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%00.yaml#/x", "a%00", "dir%5Cfile.yaml", "dir\\file.yaml", "a%0A.yaml", "c:/x.yaml", "C%3A/x.yaml"})
    void filePartsNoPathCanHoldAreRefused(String text) {
        Ref ref = Ref.parse(text);
        assertThat(ref.problem()).isNotNull().contains(text).contains("no path can hold");
        assertThat(ref.file()).isEmpty();
    }
}
