package io.docstack.external;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads URLs as written in pages and as sent in {@code Location} headers. Stateless. */
final class Urls {

    private static final Pattern WEB = Pattern.compile("^https?:", Pattern.CASE_INSENSITIVE);

    private Urls() {
    }

    /** Whether the checker is concerned with this URL at all: only http and https are fetched. */
    static boolean isWeb(String url) {
        return WEB.matcher(url.strip()).find();
    }

    /** The URL without its fragment: the fragment is never sent, so URLs differing only there are one fetch. */
    static String withoutFragment(String url) {
        String stripped = url.strip();
        int hash = stripped.indexOf('#');
        return hash < 0 ? stripped : stripped.substring(0, hash);
    }

    /**
     * The URI to request for a web URL without fragment.
     *
     * @throws URISyntaxException when it is not a valid absolute http(s) URL with a host
     */
    static URI parse(String url) throws URISyntaxException {
        URI uri = new URI(url);
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            uri = withAsciiHost(uri); // java.net.URI does not take internationalised host names
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new URISyntaxException(url, "not an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new URISyntaxException(url, "no host");
        }
        return uri;
    }

    /** Where a {@code Location} header leads from {@code current}, fragment dropped, if it is a valid web URL. */
    static Optional<URI> redirectTarget(URI current, String location) {
        try {
            URI resolved = current.resolve(new URI(withoutFragment(location)));
            return Optional.of(parse(resolved.toString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The host name as the per-host limits know it. */
    static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        int colon = authority.indexOf(':', at + 1);
        String userInfo = authority.substring(0, at + 1);
        String host = colon < 0 ? authority.substring(at + 1) : authority.substring(at + 1, colon);
        String port = colon < 0 ? "" : authority.substring(colon);
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new URI(uri.getScheme() + "://" + userInfo + ascii + port + rest);
        } catch (IllegalArgumentException e) {
            throw new URISyntaxException(uri.toString(), "bad host name '" + host + "'");
        }
    }
}
