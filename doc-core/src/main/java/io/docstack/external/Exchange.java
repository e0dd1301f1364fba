package io.docstack.external;

import io.docstack.config.ExternalOptions;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks one URL (one hop of a redirect chain) until it has an answer worth reporting: HEAD first,
 * GET once when HEAD gets an error status (many servers answer HEAD wrongly), retries with
 * backoff for statuses that say "later" (5xx, 408, 429), one retry for a timeout. Thread-safe.
 */
final class Exchange {

    /** Where one hop ended: a verdict, or a redirect to follow. */
    sealed interface Hop permits Hop.Done, Hop.Redirect {
        record Done(Outcome outcome) implements Hop {
        }

        record Redirect(URI target) implements Hop {
        }
    }

    private final ExternalOptions options;
    private final Fetcher fetcher;
    private final HostGate gate;

    Exchange(ExternalOptions options, Fetcher fetcher, HostGate gate) {
        this.options = options;
        this.fetcher = fetcher;
        this.gate = gate;
    }

    Hop run(URI uri) throws InterruptedException {
        String method = "HEAD";
        int retriesLeft = options.retries();
        int waits = 0;
        boolean timeoutRetried = false;
        while (true) {
            Answer answer = fetcher.send(method, uri);
            if (answer instanceof Answer.Failed failed) {
                if (failed.timedOut() && !timeoutRetried && retriesLeft > 0) {
                    timeoutRetried = true;
                    retriesLeft--;
                    continue;
                }
                return new Hop.Done(failed.finding());
            }
            Answer.Status status = (Answer.Status) answer;
            int code = status.code();
            if (code >= 200 && code < 300) {
                return new Hop.Done(Outcome.OK);
            }
            if (code >= 300 && code < 400) {
                return redirect(uri, status);
            }
            // Falling back from HEAD to GET is not a retry: it asks the question another way.
            boolean fallBack = method.equals("HEAD");
            boolean retryable = isRetryable(code);
            if (!fallBack && !(retryable && retriesLeft > 0)) {
                return new Hop.Done(Findings.status(code));
            }
            if (retryable) {
                Optional<Outcome.Broken> givenUp = backOff(uri, status, waits++);
                if (givenUp.isPresent()) {
                    return new Hop.Done(givenUp.get());
                }
                retriesLeft -= fallBack ? 0 : 1;
            }
            method = "GET";
        }
    }

    /** 5xx, 408 and 429 say "try later"; every other error status is the link's own fault. */
    static boolean isRetryable(int code) {
        return code >= 500 || code == 408 || code == 429;
    }

    /**
     * Holds back every request to the host for as long as it asked (Retry-After) or, when it did not
     * say, for the exponential backoff; gives up at once when it asks for more than we wait.
     */
    private Optional<Outcome.Broken> backOff(URI uri, Answer.Status status, int previousWaits) {
        Optional<Duration> asked = RetryAfter.parse(status.retryAfter(), Instant.now());
        if (asked.isPresent() && asked.get().compareTo(options.maxRetryAfter()) > 0) {
            return Optional.of(Findings.rateLimited(status.code(), asked.get(), options.maxRetryAfter()));
        }
        Duration wait = asked.orElseGet(() -> options.retryBackoff().multipliedBy(1L << previousWaits));
        gate.defer(Urls.hostKey(uri), wait);
        return Optional.empty();
    }

    private static Hop redirect(URI from, Answer.Status status) {
        if (status.location().isEmpty()) {
            return new Hop.Done(Findings.redirectWithoutLocation(status.code()));
        }
        String location = status.location().get();
        return Urls.redirectTarget(from, location)
                .<Hop>map(Hop.Redirect::new)
                .orElseGet(() -> new Hop.Done(Findings.badRedirect(location)));
    }
}
