package io.docstack.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anchors and page names: URL-safe, and unique by suffix. */
class SlugsTest {

    @ParameterizedTest
    @CsvSource({"get_servers, get_servers", "'servers:get', servers-get", "':get', get", "'a  b//c', a-b-c",
            "'--', ''", "'v2.1/ünïcode', v2.1-n-code"})
    void slugsAreUrlSafe(String text, String slug) {
        assertThat(Slugs.urlSafe(text)).isEqualTo(slug);
    }

    @Test
    void repeatsGetANumberSuffix() {
        Set<String> used = new HashSet<>(Set.of("index"));
        assertThat(List.of("index", "a", "a", "a").stream().map(s -> Slugs.unique(s, used)).toList())
                .containsExactly("index-2", "a", "a-2", "a-3");
    }
}
