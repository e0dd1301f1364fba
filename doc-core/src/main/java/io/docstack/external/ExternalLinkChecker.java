package io.docstack.external;

import io.docstack.config.ExternalOptions;
import io.docstack.model.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks external {@code http(s)://} links: the engine behind {@code doc:check
 * -Ddoc.check.external=true}.
 *
 * <p>In: every occurrence of an external URL, and the {@link ExternalOptions}. Links with another
 * scheme ({@code mailto:}, {@code ftp:}) and links matching an {@code exclude} pattern are ignored.
 * Each distinct URL (fragment removed; it is never sent) is fetched once, HEAD then GET, following
 * redirects by hand, with per-host limits, retries and {@code Retry-After}; links that worked
 * recently come from the cache instead.
 *
 * <p>Out: one {@link Diagnostic} per occurrence of a broken URL, at that occurrence's position,
 * sorted: {@code external.status} (an error status such as 404), {@code external.unreachable} (no
 * answer: unknown host, refused, timed out, too many redirects, not a valid URL) or
 * {@code external.private} (a loopback, private or link-local address, not fetched unless allowed;
 * see {@code AddressPolicy} for the limits of that check). A link redirected to a working page is
 * not reported.
 *
 * <p>Network problems never throw; they are diagnostics. The call blocks until every URL is
 * checked. Thread-safe: each call has its own client, pool and limits (two concurrent calls do not
 * share per-host limits, so run one at a time against the same hosts).
 */
public final class ExternalLinkChecker {

    private ExternalLinkChecker() {
    }

    /** Checks every distinct URL once; returns one diagnostic per broken occurrence, sorted. Never throws for network problems. */
    public static List<Diagnostic> check(List<ExternalLink> links, ExternalOptions options) {
        return check(links, options, AddressPolicy.system(options.allowPrivate()), Fetcher.RequestListener.NONE);
    }

    /** {@link #check(List, ExternalOptions)} with the name resolution and request observation tests need. */
    static List<Diagnostic> check(List<ExternalLink> links, ExternalOptions options, AddressPolicy policy,
                                  Fetcher.RequestListener listener) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(options, "options");
        Map<String, List<ExternalLink>> byUrl = checkedOccurrences(links, options);
        Map<String, Outcome> outcomes = new CheckRun(options, policy, listener).run(byUrl.keySet());
        List<Diagnostic> diagnostics = new ArrayList<>();
        byUrl.forEach((url, occurrences) -> {
            if (outcomes.get(url) instanceof Outcome.Broken broken) {
                occurrences.forEach(link -> diagnostics.add(Diagnostic.error(broken.rule(), link.file(),
                        link.line(), link.column(), link.url().strip() + ": " + broken.detail(), broken.hint())));
            }
        });
        diagnostics.sort(null);
        return List.copyOf(diagnostics);
    }

    /** The web links not excluded, grouped by the URL actually requested. */
    private static Map<String, List<ExternalLink>> checkedOccurrences(List<ExternalLink> links, ExternalOptions options) {
        List<Pattern> exclude = options.exclude().stream().map(Pattern::compile).toList();
        Map<String, List<ExternalLink>> byUrl = new TreeMap<>();
        for (ExternalLink link : links) {
            if (Urls.isWeb(link.url()) && exclude.stream().noneMatch(p -> p.matcher(link.url()).find())) {
                byUrl.computeIfAbsent(Urls.withoutFragment(link.url()), u -> new ArrayList<>()).add(link);
            }
        }
        return byUrl;
    }
}
