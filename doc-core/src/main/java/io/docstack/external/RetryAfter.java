package io.docstack.external;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). Stateless. */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * How long the server asks us to wait, from {@code now}; a date in the past means no wait.
     *
     * @return empty when the header is absent or unreadable (the caller then uses its own backoff)
     */
    static Optional<Duration> parse(Optional<String> header, Instant now) {
        return header.map(String::strip).filter(value -> !value.isEmpty()).flatMap(value -> parse(value, now));
    }

    private static Optional<Duration> parse(String value, Instant now) {
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L)); // absurdly long: over any cap
            }
        }
        try {
            // RFC_1123_DATE_TIME reads the IMF-fixdate form servers must send: "Sun, 06 Nov 1994 08:49:37 GMT".
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
