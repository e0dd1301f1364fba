package io.docstack.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The host names the preview answers for, against DNS rebinding: a web page on a name its
 * author controls can point that name at 127.0.0.1, and the browser then sends the page's
 * requests to the preview with that name as {@code Host}. So a request is answered only when
 * its host is
 * <ul>
 *   <li>a loopback name: {@code localhost}, a name under {@code .localhost}, an address of
 *       127.0.0.0/8 or {@code [::1]} (no resolver may point these elsewhere);</li>
 *   <li>the address the preview is bound to; bound to every address ({@code 0.0.0.0},
 *       {@code ::}), any IP address, since a name is what rebinding needs and a page whose origin
 *       is an IP address was served from that address itself;</li>
 *   <li>one of {@code allowedHosts}: a name, or {@code .name} for the name and every name under it.</li>
 * </ul>
 * Hosts compare without case and port. Addresses are taken only in their usual written form
 * ({@code 127.0.0.1}, not {@code 127.1} or {@code 2130706433}), as browsers send them.
 * Immutable, thread-safe.
 */
final class AllowedHosts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");

    private final boolean anyAddress;
    /** Exact hosts allowed besides the loopback ones, lower case, IPv6 in brackets. */
    private final List<String> exact = new ArrayList<>();
    /** Domains whose names are allowed, with their leading dot. */
    private final List<String> domains = new ArrayList<>();

    /**
     * @param bound        the address the preview listens on, as given ({@code 127.0.0.1}, {@code 0.0.0.0}, a name)
     * @param allowedHosts more names to answer for, each a host name, an IP address or {@code .domain}
     * @throws IllegalArgumentException when an entry of {@code allowedHosts} is none of these
     */
    AllowedHosts(String bound, List<String> allowedHosts) {
        String host = normalize(bracketed(bound.strip()));
        // Jetty listens on every address when given none
        this.anyAddress = host.isEmpty() || address(host).map(InetAddress::isAnyLocalAddress).orElse(false);
        if (!anyAddress) {
            exact.add(host);
        }
        for (String entry : allowedHosts) {
            String name = normalize(entry.strip());
            if (name.startsWith(".") && NAME.matcher(name.substring(1)).matches()) {
                domains.add(name);
            } else if (NAME.matcher(name).matches() || address(name).isPresent()) {
                exact.add(name);
            } else {
                throw new IllegalArgumentException("allowedHosts: '" + entry + "' is not a host name (docs.example.test),"
                        + " an IP address or a domain with a leading dot (.example.test); give names without scheme, port or path");
            }
        }
    }

    /** Whether a request naming {@code host} (as in its {@code Host} header, port included or not) is answered. */
    boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String name = normalize(withoutPort(host));
        if (name.isEmpty() || loopback(name)) {
            return !name.isEmpty();
        }
        Optional<InetAddress> address = address(name);
        if (address.isPresent() && anyAddress) {
            return true;
        }
        if (exact.contains(name) || exact.stream().anyMatch(allowed -> sameAddress(allowed, address))) {
            return true;
        }
        return NAME.matcher(name).matches() && domains.stream().anyMatch(domain -> name.endsWith(domain) || name.equals(domain.substring(1)));
    }

    /** What the preview answers for, said in the refusal. */
    String described() {
        StringBuilder text = new StringBuilder("localhost, names under .localhost, 127.0.0.1 (127.0.0.0/8) and [::1]");
        if (anyAddress) {
            text.append(", and any IP address, as it listens on all of them");
        }
        exact.stream().filter(host -> !loopback(host)).forEach(host -> text.append(", ").append(host));
        domains.forEach(domain -> text.append(", ").append(domain.substring(1)).append(" and names under it"));
        return text.toString();
    }

    /** Whether {@code host} (lower case, without port) is a name or address no resolver may point away from this machine. */
    private static boolean loopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") && NAME.matcher(host).matches()
                || address(host).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    /** {@code host} with brackets if it is an IPv6 address written without them ({@code ::1}, as Jetty and -Ddoc.host take it). */
    static String bracketed(String host) {
        return host.indexOf(':') != host.lastIndexOf(':') && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean sameAddress(String allowed, Optional<InetAddress> address) {
        return address.isPresent() && address(allowed).equals(address);
    }

    private static String normalize(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    /** {@code host} without its {@code :port}; an IPv6 address keeps its brackets. */
    private static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.startsWith("[") && host.lastIndexOf(']') > colon) {
            return host;
        }
        String port = host.substring(colon + 1);
        return port.chars().allMatch(c -> c >= '0' && c <= '9') ? host.substring(0, colon) : host;
    }

    /** The IP address {@code host} writes, never looked up: empty for a name or an unusual form. */
    private static Optional<InetAddress> address(String host) {
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            // a literal address (IPv6 in brackets): InetAddress parses it and asks no resolver
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
