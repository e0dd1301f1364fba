package io.docstack.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.docstack.model.SitePath;

/**
 * The preview answers only for the host names it should (against DNS rebinding: a web page whose
 * own name the attacker points at 127.0.0.1 must not read the preview). Raw sockets, so that the
 * {@code Host} header is exactly the one chosen.
 */
class PreviewHostsTest {

    private static final String PAGE = "<html><body>Launch</body></html>";
    private PreviewServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:PORT", "LocalHost", "docs.localhost", "a.b.localhost:PORT",
            "127.0.0.1", "127.0.0.1:PORT", "127.8.9.10", "[::1]", "[::1]:PORT", "[0:0:0:0:0:0:0:1]:PORT"})
    void loopbackNamesAreAnswered(String host) throws IOException {
        start("127.0.0.1", List.of());
        assertThat(getWithHost(host)).startsWith("HTTP/1.1 200").contains("Launch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1.evil.example", "localhost.evil.example",
            "evillocalhost", "localhost.", "192.0.2.7", "198.51.100.1:PORT", "[::2]", "0x7f.0.0.1", "2130706433",
            "127.000.000.001", "127.1", "[::ffff:7f00:1]x"})
    void otherHostsAreRefusedWith421SayingHowToAllowThem(String host) throws IOException {
        start("127.0.0.1", List.of());
        String answer = getWithHost(host);
        assertThat(answer).doesNotContain("Launch");
        assertThat(answer).matches("(?s)HTTP/1.1 (421|400) .*");
        if (answer.startsWith("HTTP/1.1 421")) {
            assertThat(answer).contains("text/plain").contains("DNS rebinding").contains("allowedHosts")
                    .doesNotContain(host.replace(":PORT", ""));
        }
    }

    @Test
    void wellFormedForeignNamesGet421() throws IOException {
        start("127.0.0.1", List.of());
        assertThat(getWithHost("evil.example:PORT")).startsWith("HTTP/1.1 421");
        assertThat(getWithHost("192.0.2.7")).startsWith("HTTP/1.1 421");
    }

    @Test
    void everyPathIsGuardedEventsAndSearchToo() throws IOException {
        start("127.0.0.1", List.of());
        for (String path : List.of("/_docstack/events", "/_docstack/live.js", "/_docstack/search?q=x", "/no-such.html")) {
            assertThat(exchange("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"))
                    .as(path).startsWith("HTTP/1.1 421");
        }
        assertThat(server.eventStreams()).isZero();
        assertThat(exchange("POST / HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 421");
    }

    @Test
    void anAbsoluteTargetNamingAnotherHostIsRefused() throws IOException {
        start("127.0.0.1", List.of());
        String answer = exchange("GET http://evil.example/a.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(answer).matches("(?s)HTTP/1.1 (421|400) .*").doesNotContain("Launch");
        assertThat(exchange("GET http://127.0.0.1/a.html HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"))
                .matches("(?s)HTTP/1.1 (421|400) .*").doesNotContain("Launch");
    }

    @Test
    void aRequestWithoutHostIsRefused() throws IOException {
        start("127.0.0.1", List.of());
        // HTTP/1.1 requires Host: Jetty answers 400 before the preview sees the request
        assertThat(exchange("GET /a.html HTTP/1.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400").doesNotContain("Launch");
        assertThat(exchange("GET /a.html HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n")).matches("(?s)HTTP/1.1 (421|400) .*")
                .doesNotContain("Launch");
    }

    @Test
    void boundToEveryAddressItAnswersForAnyAddressButNotForForeignNames() throws IOException {
        start("0.0.0.0", List.of());
        assertThat(getWithHost("192.0.2.7:PORT")).startsWith("HTTP/1.1 200");
        assertThat(getWithHost("[2001:db8::1]:PORT")).startsWith("HTTP/1.1 200");
        assertThat(getWithHost("localhost:PORT")).startsWith("HTTP/1.1 200");
        assertThat(getWithHost("evil.example:PORT")).startsWith("HTTP/1.1 421");
    }

    @Test
    void boundToOneAddressItAnswersForThatAddress() throws IOException {
        Optional<String> address = siteLocalAddress();
        assumeTrue(address.isPresent(), "no non-loopback IPv4 address on this machine");
        start(address.get(), List.of());
        assertThat(getWithHost(address.get() + ":PORT")).startsWith("HTTP/1.1 200");
        assertThat(getWithHost("198.51.100.1:PORT")).startsWith("HTTP/1.1 421");
        assertThat(getWithHost("evil.example:PORT")).startsWith("HTTP/1.1 421");
    }

    @Test
    void configuredHostsAreAnsweredAndALeadingDotTakesTheirSubdomains() throws IOException {
        start("127.0.0.1", List.of("docs.internal", ".dev.example", "DOCS.Example.Test"));
        assertThat(getWithHost("docs.internal:PORT")).startsWith("HTTP/1.1 200");
        assertThat(getWithHost("dev.example")).startsWith("HTTP/1.1 200");
        assertThat(getWithHost("a.b.dev.example:PORT")).startsWith("HTTP/1.1 200");
        assertThat(getWithHost("docs.example.test")).startsWith("HTTP/1.1 200");
        assertThat(getWithHost("xdev.example")).startsWith("HTTP/1.1 421");
        assertThat(getWithHost("a.docs.internal")).startsWith("HTTP/1.1 421");
        assertThat(getWithHost("localhost")).startsWith("HTTP/1.1 200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "http://docs.internal/", "docs.internal:8000", "*", "a b", "docs/internal", ".", "[::1"})
    void anAllowedHostThatIsNoHostNameIsRefusedAtStart(String entry) {
        assertThatThrownBy(() -> start("127.0.0.1", List.of(entry))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowedHosts");
    }

    private void start(String host, List<String> allowedHosts) {
        MemorySite site = new MemorySite();
        site.write(SitePath.of("index.html"), PAGE.getBytes(StandardCharsets.UTF_8));
        site.write(SitePath.of("a.html"), PAGE.getBytes(StandardCharsets.UTF_8));
        server = PreviewServer.start(site.snapshot(), host, 0, allowedHosts);
    }

    /** GET /a.html with {@code Host: host}, {@code PORT} replaced by the server's port. */
    private String getWithHost(String host) throws IOException {
        String header = host.replace("PORT", String.valueOf(server.url().getPort()));
        return exchange("GET /a.html HTTP/1.1\r\nHost: " + header + "\r\nConnection: close\r\n\r\n");
    }

    /** Sends to the server's port on loopback, or on the address it is bound to. */
    private String exchange(String raw) throws IOException {
        URI url = server.url();
        String host = url.getHost().equals("0.0.0.0") ? "127.0.0.1" : url.getHost();
        return RawHttp.exchange(URI.create("http://" + host + ":" + url.getPort() + "/"), raw);
    }

    private static Optional<String> siteLocalAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(PreviewHostsTest::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .map(InetAddress::getHostAddress).findFirst();
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
