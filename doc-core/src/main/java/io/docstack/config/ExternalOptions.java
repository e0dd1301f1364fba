package io.docstack.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the external link checker fetches {@code http(s)://} links: limits, politeness, retries,
 * exclusions and the persistent cache. Every setting has a documented default ({@link #DEFAULTS});
 * change one with its {@code with…} method. Immutable and thread-safe.
 *
 * @param offline        fetch nothing: links with a fresh cache entry pass, all others are skipped,
 *                       not reported (default false). For builds without network.
 * @param maxConcurrency most requests in flight in total (default 8)
 * @param maxPerHost     most requests in flight to one host (default 2)
 * @param perHostDelay   least time between the starts of two requests to one host (default 100 ms)
 * @param retries        how often a URL answered with 5xx, 408 or 429 is tried again (default 2);
 *                       a timeout is tried again once when this is at least 1
 * @param retryBackoff   wait before the first retry, doubled for each further one (default 500 ms);
 *                       a {@code Retry-After} header replaces it
 * @param maxRetryAfter  longest {@code Retry-After} the checker waits for (default 30 s); a server
 *                       asking for more is reported at once instead of being waited for
 * @param timeout        time allowed to connect and again to receive the response headers of one
 *                       request (default 10 s)
 * @param maxRedirects   most redirects followed from one link (default 5)
 * @param exclude        regular expressions; a link whose URL (as written) contains a match is not
 *                       checked (default none)
 * @param cacheFile      JSON file remembering links that worked, or null for no cache (default null)
 * @param cacheMaxAge    how long a remembered success counts (default 24 h)
 * @param allowPrivate   also check links to loopback, private and link-local addresses (default
 *                       false: those are reported as {@code external.private}, never fetched)
 * @param userAgent      the {@code User-Agent} header sent (default "Docstack link checker")
 */
public record ExternalOptions(boolean offline, int maxConcurrency, int maxPerHost, Duration perHostDelay,
                              int retries, Duration retryBackoff, Duration maxRetryAfter, Duration timeout,
                              int maxRedirects, List<String> exclude, Path cacheFile, Duration cacheMaxAge,
                              boolean allowPrivate, String userAgent) {

    /** The defaults listed above. */
    public static final ExternalOptions DEFAULTS = new ExternalOptions(false, 8, 2, Duration.ofMillis(100),
            2, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(10), 5, List.of(), null,
            Duration.ofHours(24), false, "Docstack link checker");

    /** Retries beyond this would wait for hours with exponential backoff; it also keeps the shift in range. */
    private static final int MAX_RETRIES = 10;

    public ExternalOptions {
        requireAtLeast("maxConcurrency", maxConcurrency, 1);
        requireAtLeast("maxPerHost", maxPerHost, 1);
        requireAtLeast("retries", retries, 0);
        requireAtLeast("maxRedirects", maxRedirects, 0);
        if (retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be at most " + MAX_RETRIES + ": " + retries);
        }
        requireNotNegative("perHostDelay", perHostDelay);
        requireNotNegative("retryBackoff", retryBackoff);
        requireNotNegative("maxRetryAfter", maxRetryAfter);
        requireNotNegative("cacheMaxAge", cacheMaxAge);
        requireNotNegative("timeout", timeout);
        if (timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        exclude = List.copyOf(exclude);
        exclude.forEach(Pattern::compile); // a bad pattern fails here, with its position, not mid-check
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    public ExternalOptions withOffline(boolean value) {
        return new ExternalOptions(value, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withMaxConcurrency(int value) {
        return new ExternalOptions(offline, value, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withMaxPerHost(int value) {
        return new ExternalOptions(offline, maxConcurrency, value, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withPerHostDelay(Duration value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, value, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withRetries(int value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, value, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withRetryBackoff(Duration value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, value,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withMaxRetryAfter(Duration value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                value, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withTimeout(Duration value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, value, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withMaxRedirects(int value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, value, exclude, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withExclude(List<String> value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, value, cacheFile, cacheMaxAge, allowPrivate, userAgent);
    }

    /** @param value the cache file, or null for no cache */
    public ExternalOptions withCacheFile(Path value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, value, cacheMaxAge, allowPrivate, userAgent);
    }

    public ExternalOptions withCacheMaxAge(Duration value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, value, allowPrivate, userAgent);
    }

    public ExternalOptions withAllowPrivate(boolean value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, value, userAgent);
    }

    public ExternalOptions withUserAgent(String value) {
        return new ExternalOptions(offline, maxConcurrency, maxPerHost, perHostDelay, retries, retryBackoff,
                maxRetryAfter, timeout, maxRedirects, exclude, cacheFile, cacheMaxAge, allowPrivate, value);
    }

    private static void requireAtLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ": " + value);
        }
    }

    private static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
