package io.docstack.external;

import io.docstack.model.Rules;

import java.time.Duration;
import java.util.Map;

/** The broken-link findings, with their wording and hints kept in one place. */
final class Findings {

    /** Reason phrases: HttpClient does not expose the server's, and these read the same everywhere. */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private Findings() {
    }

    /** {@code 404 Not Found}, or just the code when it has no well-known phrase. */
    static String statusLine(int code) {
        String reason = REASONS.get(code);
        return reason == null ? Integer.toString(code) : code + " " + reason;
    }

    static Outcome.Broken status(int code) {
        return new Outcome.Broken(Rules.EXTERNAL_STATUS, statusLine(code), statusHint(code));
    }

    static Outcome.Broken rateLimited(int code, Duration asked, Duration limit) {
        return new Outcome.Broken(Rules.EXTERNAL_STATUS,
                statusLine(code) + " (asked to retry after " + format(asked) + ", longer than the "
                        + format(limit) + " the checker waits)",
                "the server limits its rate; check again later, or exclude the URL");
    }

    static Outcome.Broken redirectWithoutLocation(int code) {
        return new Outcome.Broken(Rules.EXTERNAL_STATUS, statusLine(code) + " without a Location header",
                "the server redirects nowhere; link to the page the browser ends up on");
    }

    static Outcome.Broken tooManyRedirects(int max) {
        return new Outcome.Broken(Rules.EXTERNAL_UNREACHABLE, "too many redirects (more than " + max + ")",
                "the redirects loop or chain too long; link to the final URL");
    }

    static Outcome.Broken badRedirect(String location) {
        return new Outcome.Broken(Rules.EXTERNAL_UNREACHABLE, "redirect to '" + location + "' is not a valid URL",
                "the server sends a broken redirect; link to the final URL");
    }

    static Outcome.Broken invalid(String reason) {
        return new Outcome.Broken(Rules.EXTERNAL_UNREACHABLE, "not a valid URL (" + reason + ")",
                "fix the URL; spaces and other special characters must be percent-encoded");
    }

    static Outcome.Broken timedOut(Duration timeout) {
        return new Outcome.Broken(Rules.EXTERNAL_UNREACHABLE, "timed out after " + format(timeout),
                "the server did not answer in time; check the URL, raise the timeout, or exclude it");
    }

    static Outcome.Broken unknownHost(String host) {
        return new Outcome.Broken(Rules.EXTERNAL_UNREACHABLE, "unknown host '" + host + "'",
                "the host name does not resolve; check its spelling");
    }

    static Outcome.Broken unreachable(String what) {
        return new Outcome.Broken(Rules.EXTERNAL_UNREACHABLE, what,
                "the server cannot be reached; check the URL, or exclude it if it is reachable only inside a network");
    }

    static Outcome.Broken privateAddress(String host, String kind, String address) {
        return new Outcome.Broken(Rules.EXTERNAL_PRIVATE,
                "host '" + host + "' resolves to " + kind + " address " + address + ", which is not checked",
                "a published page should not link to an internal address; exclude the URL or allow private addresses");
    }

    private static String statusHint(int code) {
        if (code == 404 || code == 410) {
            return "the page is gone; update or remove the link";
        }
        if (code == 401 || code == 403) {
            return "the page needs a login or refuses robots; exclude the URL if it opens in a browser";
        }
        if (code == 429) {
            return "the server limits its rate; lower maxPerHost or raise perHostDelay, or check again later";
        }
        if (code >= 500) {
            return "the server fails; check again later, or exclude the URL";
        }
        return "the server refuses the request; check the URL";
    }

    /** {@code 10s} for whole seconds, else {@code 300ms}: readable for defaults and for tests alike. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
