package io.docstack.external;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Decides, before each request, whether a host may be fetched: it resolves the name and refuses
 * loopback, private, link-local, wildcard, multicast and shared (CGNAT) addresses unless private
 * addresses are allowed. That keeps a page in a pull request from making the build machine probe
 * its own network (a link to {@code http://169.254.169.254/} or an internal admin page).
 *
 * <p>Limit: the JDK's HttpClient resolves the name again when it connects, and offers no way to
 * connect to an address we chose while sending the original {@code Host} header (the header is
 * restricted). A name whose DNS answer changes between our check and that connection (DNS
 * rebinding) can therefore slip through. The checker only sends HEAD and GET requests and reads
 * no more than response headers, so what it can reach that way it cannot show to anyone; a
 * build that must rule even that out should run without network or in offline mode.
 *
 * <p>Thread-safe when the resolver is.
 */
final class AddressPolicy {

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    AddressPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The policy using the system resolver. */
    static AddressPolicy system(boolean allowPrivate) {
        return new AddressPolicy(allowPrivate, InetAddress::getAllByName);
    }

    /** Why {@code host} must not be fetched (it does not resolve, or resolves to an internal address), if so. */
    Optional<Outcome.Broken> refusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of(Findings.unknownHost(host));
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        // Any internal address refuses the host: the client may pick any of them to connect to.
        for (InetAddress address : addresses) {
            Optional<String> kind = internalKind(address);
            if (kind.isPresent()) {
                return Optional.of(Findings.privateAddress(host, kind.get(), address.getHostAddress()));
            }
        }
        return Optional.empty();
    }

    /** The kind of internal address this is ("loopback", "private" …), or empty for a public one. */
    static Optional<String> internalKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("wildcard");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        return address instanceof Inet4Address ? ipv4Kind(address.getAddress()) : ipv6Kind(address.getAddress());
    }

    /** The IPv4 ranges InetAddress does not classify. */
    private static Optional<String> ipv4Kind(byte[] octets) {
        int first = octets[0] & 0xff;
        int second = octets[1] & 0xff;
        if (first == 100 && second >= 64 && second <= 127) {
            return Optional.of("shared (CGNAT)"); // 100.64.0.0/10
        }
        if (first == 0) {
            return Optional.of("unspecified"); // 0.0.0.0/8: Linux connects 0.x to the local host
        }
        return Optional.empty();
    }

    /** The IPv6 ranges InetAddress does not classify (it knows only the old fec0::/10 site-local). */
    private static Optional<String> ipv6Kind(byte[] octets) {
        if ((octets[0] & 0xfe) == 0xfc) {
            return Optional.of("private"); // fc00::/7, unique local addresses
        }
        if (isIpv4Compatible(octets)) {
            // ::a.b.c.d still reaches the IPv4 address on some stacks; judge that address instead.
            byte[] v4 = {octets[12], octets[13], octets[14], octets[15]};
            try {
                return internalKind(InetAddress.getByAddress(v4));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("4 bytes are an IPv4 address", e);
            }
        }
        return Optional.empty();
    }

    private static boolean isIpv4Compatible(byte[] octets) {
        for (int i = 0; i < 12; i++) {
            if (octets[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
