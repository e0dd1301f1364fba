package io.docstack.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExternalRetryAfterTest {

    private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

    @Test
    void deltaSeconds() {
        assertThat(RetryAfter.parse(Optional.of(" 120 "), NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(Optional.of("0"), NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(Optional.of("99999999999999999999999"), NOW)).get()
                .satisfies(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }

    @Test
    void httpDate() {
        assertThat(RetryAfter.parse(Optional.of("Sun, 06 Nov 1994 08:49:37 GMT"), NOW)).contains(Duration.ofSeconds(37));
        assertThat(RetryAfter.parse(Optional.of("Sun, 06 Nov 1994 08:00:00 GMT"), NOW)).contains(Duration.ZERO);
    }

    @Test
    void absentOrUnreadableMeansUseTheBackoff() {
        assertThat(RetryAfter.parse(Optional.empty(), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("soon"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("-5"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of(""), NOW)).isEmpty();
    }
}
