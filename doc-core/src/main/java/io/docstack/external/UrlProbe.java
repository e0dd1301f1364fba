package io.docstack.external;

import io.docstack.config.ExternalOptions;

import java.net.URI;
import java.util.Optional;

/**
 * Checks one distinct URL: follows its redirects by hand (at most {@code maxRedirects}) and
 * checks, before every request, that the host may be fetched ({@link AddressPolicy}), so that a
 * public URL redirecting to an internal one is refused too. Thread-safe.
 */
final class UrlProbe {

    private final int maxRedirects;
    private final AddressPolicy policy;
    private final Exchange exchange;

    UrlProbe(ExternalOptions options, AddressPolicy policy, Exchange exchange) {
        this.maxRedirects = options.maxRedirects();
        this.policy = policy;
        this.exchange = exchange;
    }

    Outcome check(URI start) throws InterruptedException {
        URI uri = start;
        for (int redirects = 0; ; redirects++) {
            Optional<Outcome.Broken> refused = policy.refusal(uri.getHost());
            if (refused.isPresent()) {
                return via(refused.get(), uri, redirects);
            }
            Exchange.Hop hop = exchange.run(uri);
            if (hop instanceof Exchange.Hop.Done done) {
                // A redirect ending well is fine: the link still leads to a page, so nothing is reported.
                return done.outcome() instanceof Outcome.Broken broken ? via(broken, uri, redirects) : done.outcome();
            }
            if (redirects == maxRedirects) {
                return Findings.tooManyRedirects(maxRedirects);
            }
            uri = ((Exchange.Hop.Redirect) hop).target();
        }
    }

    /** Names the redirect that led to a problem: the URL the user wrote is not where it happened. */
    private static Outcome via(Outcome.Broken broken, URI where, int redirects) {
        return redirects == 0 ? broken : broken.afterRedirect(where.toString());
    }
}
