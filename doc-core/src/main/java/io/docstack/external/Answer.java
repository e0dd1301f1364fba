package io.docstack.external;

import java.util.Optional;

/** What one HTTP request brought back. Immutable. */
sealed interface Answer permits Answer.Status, Answer.Failed {

    /**
     * The server answered.
     *
     * @param code       the status code
     * @param location   the {@code Location} header, if any
     * @param retryAfter the {@code Retry-After} header, if any
     */
    record Status(int code, Optional<String> location, Optional<String> retryAfter) implements Answer {
    }

    /**
     * No answer: the request failed before a status line arrived.
     *
     * @param timedOut whether it failed by running out of time (worth one more try)
     * @param finding  how to report it
     */
    record Failed(boolean timedOut, Outcome.Broken finding) implements Answer {
    }
}
