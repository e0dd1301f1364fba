package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void releasesByNumberPrereleasesBeforeTheirReleaseNamesLast() {
        assertThat(Versions.newestFirst(List.of("1.9", "main", "1.10", "2.0-rc1", "2.0", "v2.1", "1.10.1", "2.1-SNAPSHOT")))
                .containsExactly("main", "v2.1", "2.1-SNAPSHOT", "2.0", "2.0-rc1", "1.10.1", "1.10", "1.9");
    }

    @Test
    void latestIsTheNewestRelease() {
        assertThat(Versions.latest(List.of("1.9", "2.0-rc1", "main", "1.10"))).isEqualTo("1.10");
        assertThat(Versions.latest(List.of("main", "next"))).isEqualTo("next");
        assertThat(Versions.latest(List.of("latest"))).isEqualTo("latest");
        assertThat(Versions.latest(List.of())).isNull();
    }
}
