package io.docstack.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstack.config.ExternalOptions;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The checker against a real server on 127.0.0.1; nothing here touches the internet. */
@Timeout(20)
class ExternalLinkCheckerTest {

    /** Private addresses allowed (the server is on loopback), and waits kept short. */
    static final ExternalOptions LOCAL = ExternalOptions.DEFAULTS.withAllowPrivate(true)
            .withPerHostDelay(Duration.ZERO).withRetryBackoff(Duration.ofMillis(10));

    private final LocalServer server = new LocalServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void workingLinkReportsNothing() {
        server.route("/ok", LocalServer.Reply.status(200));
        assertThat(check(server.url("/ok"))).isEmpty();
        assertThat(server.requests("/ok")).extracting(LocalServer.Request::method).containsExactly("HEAD");
    }

    @Test
    void missingPageReportsStatusAtEachOccurrence() {
        String gone = server.url("/gone");
        List<Diagnostic> diagnostics = ExternalLinkChecker.check(List.of(
                new ExternalLink(gone + "#usage", "b.md", 7, 3),
                new ExternalLink(gone, "a.md", 2, 10),
                new ExternalLink(gone + "#intro", "a.md", 1, 5)), LOCAL);

        assertThat(diagnostics).containsExactly(
                Diagnostic.error(Rules.EXTERNAL_STATUS, "a.md", 1, 5, gone + "#intro: 404 Not Found",
                        "the page is gone; update or remove the link"),
                Diagnostic.error(Rules.EXTERNAL_STATUS, "a.md", 2, 10, gone + ": 404 Not Found",
                        "the page is gone; update or remove the link"),
                Diagnostic.error(Rules.EXTERNAL_STATUS, "b.md", 7, 3, gone + "#usage: 404 Not Found",
                        "the page is gone; update or remove the link"));
        // One URL, fetched once (HEAD, then GET before believing the error), fragment never sent.
        assertThat(server.requests()).extracting(LocalServer.Request::method).containsExactly("HEAD", "GET");
    }

    @Test
    void headRefusedThenGetWorks() {
        server.route("/no-head", (method, nth) -> LocalServer.Reply.status(method.equals("HEAD") ? 405 : 200));
        assertThat(check(server.url("/no-head"))).isEmpty();
        assertThat(server.requests()).extracting(LocalServer.Request::method).containsExactly("HEAD", "GET");
    }

    @Test
    void redirectChainToAWorkingPageReportsNothing() {
        server.route("/r1", LocalServer.Reply.status(301).header("Location", "r2"))
                .route("/r2", LocalServer.Reply.status(302).header("Location", server.url("/r3#ignored")))
                .route("/r3", LocalServer.Reply.status(200));
        assertThat(check(server.url("/r1"))).isEmpty();
        assertThat(server.requests()).extracting(LocalServer.Request::path).containsExactly("/r1", "/r2", "/r3");
    }

    @Test
    void redirectLoopIsTooManyRedirects() {
        server.route("/a", LocalServer.Reply.status(302).header("Location", "/b"))
                .route("/b", LocalServer.Reply.status(302).header("Location", "/a"));
        List<Diagnostic> diagnostics = check(server.url("/a"), LOCAL.withMaxRedirects(3));
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.EXTERNAL_UNREACHABLE);
            assertThat(d.message()).isEqualTo(server.url("/a") + ": too many redirects (more than 3)");
        });
        assertThat(server.requests()).hasSize(4); // the first request and 3 redirects followed
    }

    @Test
    void redirectToAMissingPageNamesTheRedirect() {
        server.route("/old", LocalServer.Reply.status(301).header("Location", "/new"));
        assertThat(check(server.url("/old"))).singleElement().extracting(Diagnostic::message)
                .isEqualTo(server.url("/old") + ": redirected to " + server.url("/new") + ": 404 Not Found");
    }

    @Test
    void unavailableThenWorkingWaitsForRetryAfter() {
        server.route("/busy", (method, nth) -> nth == 1
                ? LocalServer.Reply.status(503).header("Retry-After", "1")
                : LocalServer.Reply.status(200));
        assertThat(check(server.url("/busy"))).isEmpty();

        List<LocalServer.Request> requests = server.requests("/busy");
        assertThat(requests).hasSize(2);
        // The gap is a lower bound set by the checker's own wait, so it cannot flake.
        assertThat(Duration.ofNanos(requests.get(1).nanos() - requests.get(0).nanos()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void tooManyRequestsIsRetriedThenReported() {
        server.route("/limited", LocalServer.Reply.status(429));
        assertThat(check(server.url("/limited"), LOCAL.withRetries(1))).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.EXTERNAL_STATUS);
            assertThat(d.message()).endsWith(": 429 Too Many Requests");
        });
        // HEAD, the GET fall-back, and the one retry.
        assertThat(server.requests()).extracting(LocalServer.Request::method).containsExactly("HEAD", "GET", "GET");
    }

    @Test
    void retryAfterBeyondTheCapIsReportedWithoutWaiting() {
        server.route("/later", LocalServer.Reply.status(503).header("Retry-After", "120"));
        assertThat(check(server.url("/later"), LOCAL.withMaxRetryAfter(Duration.ofSeconds(1))))
                .singleElement().extracting(Diagnostic::message)
                .isEqualTo(server.url("/later")
                        + ": 503 Service Unavailable (asked to retry after 120s, longer than the 1s the checker waits)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void connectionRefusedIsTriedOnce() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        List<URI> sent = new CopyOnWriteArrayList<>();
        String url = "http://127.0.0.1:" + closedPort + "/";
        List<Diagnostic> diagnostics = ExternalLinkChecker.check(List.of(new ExternalLink(url, "a.md", 1, 1)), LOCAL,
                AddressPolicy.system(true), (method, uri) -> sent.add(uri));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.EXTERNAL_UNREACHABLE);
            assertThat(d.message()).isEqualTo(url + ": connection refused by 127.0.0.1:" + closedPort);
        });
        assertThat(sent).hasSize(1);
    }

    @Test
    void slowServerTimesOutAndIsRetriedOnce() {
        server.route("/slow", LocalServer.Reply.status(200).stalled(3_000));
        List<Diagnostic> diagnostics = check(server.url("/slow"), LOCAL.withTimeout(Duration.ofMillis(200)));
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.EXTERNAL_UNREACHABLE);
            assertThat(d.message()).isEqualTo(server.url("/slow") + ": timed out after 200ms");
        });
        assertThat(server.requests()).hasSize(2);
    }

    /** Bodies are never read: a server sending one a byte at a time costs one round trip (issue 15, defect 11). */
    @Test
    void aBodySentAByteAtATimeIsNeverWaitedFor() {
        byte[] body = new byte[10_000]; // 1,000 s at a byte every 100 ms
        server.route("/trickle", (method, nth) -> LocalServer.Reply.status(method.equals("HEAD") ? 405 : 200).body(body).trickled(100));
        server.route("/gone", LocalServer.Reply.status(404).body(body).trickled(100));
        long start = System.nanoTime();

        List<Diagnostic> diagnostics = ExternalLinkChecker.check(List.of(new ExternalLink(server.url("/trickle"), "a.md", 1, 1),
                new ExternalLink(server.url("/gone"), "a.md", 2, 1)), LOCAL.withTimeout(Duration.ofMillis(500)));

        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for both links").isLessThan(2_000);
        assertThat(diagnostics).extracting(Diagnostic::line, Diagnostic::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Rules.EXTERNAL_STATUS));
    }

    @Test
    void oneRequestAtATimePerHostWhenLimitedToOne() {
        List<ExternalLink> links = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            server.route("/page" + i, LocalServer.Reply.status(200).stalled(100));
            links.add(new ExternalLink(server.url("/page" + i), "a.md", i + 1, 1));
        }
        assertThat(ExternalLinkChecker.check(links, LOCAL.withMaxConcurrency(4).withMaxPerHost(1))).isEmpty();
        assertThat(server.requests()).hasSize(6);
        assertThat(server.maxInFlight()).isEqualTo(1);
    }

    @Test
    void excludedAndNonWebLinksAreNotFetched() {
        List<Diagnostic> diagnostics = ExternalLinkChecker.check(List.of(
                new ExternalLink(server.url("/internal/secret"), "a.md", 1, 1),
                new ExternalLink("mailto:docs@example.org", "a.md", 2, 1),
                new ExternalLink("ftp://ftp.example.org/file", "a.md", 3, 1)),
                LOCAL.withExclude(List.of("/internal/")));
        assertThat(diagnostics).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void malformedUrlIsNotAValidUrl() {
        assertThat(check("https://exa mple.org/")).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.EXTERNAL_UNREACHABLE);
            assertThat(d.message()).startsWith("https://exa mple.org/: not a valid URL");
        });
        assertThat(check("http:///no-host")).singleElement().extracting(Diagnostic::message).asString()
                .contains("not a valid URL");
    }

    @Test
    void loopbackIsRefusedByDefault() {
        server.route("/admin", LocalServer.Reply.status(200));
        List<Diagnostic> diagnostics = check(server.url("/admin"), ExternalOptions.DEFAULTS);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.EXTERNAL_PRIVATE);
            assertThat(d.message()).isEqualTo(server.url("/admin")
                    + ": host '127.0.0.1' resolves to loopback address 127.0.0.1, which is not checked");
        });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void redirectToAPrivateHostIsRefusedBeforeItIsRequested() {
        // The fake resolver calls our loopback server public, so that the first hop is allowed and
        // the redirect to a private address is what the policy has to catch.
        AddressPolicy policy = new AddressPolicy(false, host -> switch (host) {
            case "127.0.0.1" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 7})};
            case "intranet.test" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 5})};
            default -> throw new UnknownHostException(host);
        });
        server.route("/out", LocalServer.Reply.status(302).header("Location", "http://intranet.test/admin"));
        List<URI> sent = new CopyOnWriteArrayList<>();

        List<Diagnostic> diagnostics = ExternalLinkChecker.check(List.of(new ExternalLink(server.url("/out"), "a.md", 1, 1)),
                ExternalOptions.DEFAULTS.withPerHostDelay(Duration.ZERO), policy, (method, uri) -> sent.add(uri));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.EXTERNAL_PRIVATE);
            assertThat(d.message()).isEqualTo(server.url("/out") + ": redirected to http://intranet.test/admin: "
                    + "host 'intranet.test' resolves to private address 10.0.0.5, which is not checked");
        });
        assertThat(sent).extracting(URI::getHost).containsExactly("127.0.0.1");
    }

    @Test
    void unknownHostIsUnreachableWithoutARequest() {
        AddressPolicy policy = new AddressPolicy(false, host -> {
            throw new UnknownHostException(host);
        });
        List<URI> sent = new CopyOnWriteArrayList<>();
        List<Diagnostic> diagnostics = ExternalLinkChecker.check(
                List.of(new ExternalLink("https://nowhere.test/page", "a.md", 4, 2)), LOCAL, policy,
                (method, uri) -> sent.add(uri));
        assertThat(diagnostics).containsExactly(Diagnostic.error(Rules.EXTERNAL_UNREACHABLE, "a.md", 4, 2,
                "https://nowhere.test/page: unknown host 'nowhere.test'", "the host name does not resolve; check its spelling"));
        assertThat(sent).isEmpty();
    }

    @Test
    void diagnosticsAreSorted() {
        List<Diagnostic> diagnostics = ExternalLinkChecker.check(List.of(
                new ExternalLink(server.url("/x"), "z.md", 1, 1),
                new ExternalLink(server.url("/y"), "a.md", 9, 1),
                new ExternalLink("https://bad url/", "a.md", 3, 1)), LOCAL);
        assertThat(diagnostics).hasSize(3).isSorted();
    }

    private List<Diagnostic> check(String url) {
        return check(url, LOCAL);
    }

    static List<Diagnostic> check(String url, ExternalOptions options) {
        return ExternalLinkChecker.check(List.of(new ExternalLink(url, "page.md", 1, 1)), options);
    }
}
