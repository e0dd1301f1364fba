package io.docstack.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a URL that a guide requests ({@code curl http://localhost:9200/_cat/indices}) is a
 * request to a service's API, and its path there. It is when it starts with one of the spec's
 * absolute {@code servers} (server variables match any text: {@code https://{region}.api.example.com};
 * a server whose host is only a variable, {@code {protocol}://{hostname}:{port}}, names no host),
 * or when its host is the reader's own machine: a host written as a variable ({@code $OS_HOST},
 * {@code {host}}, {@code <host>}), a loopback address, or a name without a dot ({@code localhost},
 * {@code controller}, {@code opensearch-node1}). When no server names a host, a host that
 * documentation uses for "your server" is one too: a private or documentation address
 * ({@code 10.0.0.5}, {@code 198.51.100.10}) or a reserved name ({@code example.com},
 * {@code *.test}, {@code *.example}, {@code *.local}); where servers name the API's hosts, such a
 * name is another service of the guide ({@code https://artifacts.example.com/agent.sh}). A URL to
 * any other host ({@code https://github.com/…}, {@code http://169.254.169.254/} metadata) is
 * something else the guide downloads or calls, not this API.
 * A URL that starts with a shell variable ({@code $OS_COMPUTE_API/servers}) stands for the
 * server URL itself. The path returned is relative to the server: the server's base path
 * ({@code /api/v3} of {@code https://h/api/v3}) is removed when the URL has it. Stateless.
 */
final class ServerUrls {

    private static final Pattern VARIABLE_BASE = Pattern.compile("^\\$(?:\\{\\w+}|\\w+)");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern SERVER_VARIABLE = Pattern.compile("\\{[^{}/]*}");

    private ServerUrls() {
    }

    /**
     * The path {@code written} requests from the API, or empty when it is not a request to it.
     *
     * @param servers the spec's server URLs as written
     * @param written a path ({@code /v2/servers}), a URL, or a URL starting with a shell variable
     */
    static Optional<String> apiPath(List<String> servers, String written) {
        var variable = VARIABLE_BASE.matcher(written);
        if (variable.lookingAt()) {
            String rest = written.substring(variable.end());
            return rest.startsWith("/") ? Optional.of(rest) : rest.isEmpty() ? Optional.of("/") : Optional.empty();
        }
        var url = SCHEME.matcher(written);
        if (!url.lookingAt()) {
            return Optional.of(written); // a path, maybe with a URL in its query (?origin=https://…)
        }
        int scheme = url.end() - 3;
        int slash = written.indexOf('/', scheme + 3);
        String origin = slash < 0 ? written : written.substring(0, slash);
        String path = slash < 0 ? "/" : written.substring(slash);
        boolean named = false;
        for (String server : servers) {
            int at = server.indexOf("://");
            if (at < 0) {
                continue;
            }
            int end = server.indexOf('/', at + 3);
            String serverOrigin = end < 0 ? server : server.substring(0, end);
            if (!namesAHost(serverOrigin.substring(at + 3))) {
                continue;
            }
            named = true;
            if (template(serverOrigin).matcher(origin).matches()) {
                return Optional.of(withoutBase(path, end < 0 ? "" : server.substring(end)));
            }
        }
        String host = host(origin.substring(scheme + 3));
        if (named ? !isLocalHost(host) : !isPlaceholderHost(host)) {
            return Optional.empty();
        }
        String stripped = path;
        for (String server : servers) {
            int at = server.indexOf("://");
            int end = at < 0 ? 0 : server.indexOf('/', at + 3);
            String base = end < 0 ? "" : server.substring(end);
            String candidate = withoutBase(path, base);
            if (candidate.length() < stripped.length()) {
                stripped = candidate;
            }
        }
        return Optional.of(stripped);
    }

    /** Whether a server's host is more than a variable: {@code {hostname}:{port}} could be any host. */
    private static boolean namesAHost(String authority) {
        return !SERVER_VARIABLE.matcher(host(authority)).replaceAll("").replace(".", "").isEmpty();
    }

    /** A server URL's origin with its variables matching any text, compared without case. */
    private static Pattern template(String origin) {
        StringBuilder regex = new StringBuilder();
        var variables = SERVER_VARIABLE.matcher(origin);
        int from = 0;
        while (variables.find()) {
            regex.append(Pattern.quote(origin.substring(from, variables.start()))).append("[^/]*");
            from = variables.end();
        }
        regex.append(Pattern.quote(origin.substring(from)));
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** {@code path} without a server base path it starts with (whole segments only). */
    private static String withoutBase(String path, String base) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (trimmed.isEmpty() || SERVER_VARIABLE.matcher(trimmed).find() || !path.startsWith(trimmed)) {
            return path;
        }
        String rest = path.substring(trimmed.length());
        return rest.isEmpty() ? "/" : rest.startsWith("/") || rest.startsWith("?") ? rest : path;
    }

    /** The host of an authority, lower case, without user info, port or IPv6 brackets. */
    private static String host(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return (close < 0 ? host.substring(1) : host.substring(1, close)).toLowerCase(Locale.ROOT);
        }
        int colon = host.indexOf(':');
        return (colon < 0 ? host : host.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /** The reader's own machine: a variable, a name without a dot ({@code localhost}, {@code es01}), a loopback address. */
    private static boolean isLocalHost(String host) {
        return host.isEmpty() || host.contains("$") || host.contains("{") || host.contains("<") || host.indexOf('.') < 0
                || host.startsWith("127.") && IPV4.matcher(host).matches() || host.endsWith(".localhost");
    }

    /** A host that stands for "your server": {@link #isLocalHost local}, private, documentation or reserved. */
    private static boolean isPlaceholderHost(String host) {
        if (isLocalHost(host)) {
            return true;
        }
        var ip = IPV4.matcher(host);
        if (ip.matches()) {
            int a = Integer.parseInt(ip.group(1));
            int b = Integer.parseInt(ip.group(2));
            int c = Integer.parseInt(ip.group(3));
            // 169.254.169.254 is a metadata service, not the API: link-local addresses are not listed
            return a == 10 || a == 192 && b == 168 || a == 172 && b >= 16 && b <= 31
                    || a == 192 && b == 0 && c == 2 || a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String reserved : List.of("example.com", "example.net", "example.org")) {
            if (name.equals(reserved) || name.endsWith("." + reserved)) {
                return true;
            }
        }
        String tld = name.substring(name.lastIndexOf('.') + 1);
        return List.of("example", "test", "invalid", "localhost", "local", "internal").contains(tld);
    }
}
