package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UserInfoTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "https://ci:TOKEN@github.com/acme/docs.git | https://***@github.com/acme/docs.git",
        "https://TOKEN@github.com/acme/docs.git | https://***@github.com/acme/docs.git",
        "HTTP://x-access-token:TOKEN@host:8443/r.git | HTTP://***@host:8443/r.git",
        "https://user:p@ss:w@rd@host/r.git | https://***@host/r.git",
        "https://user:p%40ss@host/ | https://***@host/",
        "git repository 'https://ci:TOKEN@h/r.git' cannot be read: https://ci@h/r.git: not authorized | git repository 'https://***@h/r.git' cannot be read: https://***@h/r.git: not authorized",
        "\"https://a:TOKEN@h/x\" and <ssh://git:TOKEN@h/y> | \"https://***@h/x\" and <ssh://***@h/y>",
    })
    void theUserInfoOfEveryUrlIsHidden(String text, String shown) {
        assertThat(UserInfo.strip(text)).isEqualTo(shown).doesNotContain("TOKEN");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://github.com/acme/docs.git",
        "https://host/path/with@sign?q=a@b#x@y",
        "git@github.com:acme/docs.git",
        "write to docs@example.com",
        "repos/compute",
    })
    void textWithoutUserInfoIsLeftAsItIs(String text) {
        assertThat(UserInfo.strip(text)).isEqualTo(text);
    }

    @Test
    void aDiagnosticNeverHoldsACredential() {
        Diagnostic diagnostic = Diagnostic.error(Rules.SOURCE_GIT, "https://ci:TOKEN@h/r.git", 0, 0,
                "cannot read 'https://ci:TOKEN@h/r.git'", "retry https://ci:TOKEN@h/r.git");
        assertThat(diagnostic.format()).doesNotContain("TOKEN").contains("https://***@h/r.git");
        assertThat(UserInfo.strip(null)).isNull();
    }
}
