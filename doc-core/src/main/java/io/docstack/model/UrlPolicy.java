package io.docstack.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one scheme allowlist for every URL Docstack writes into a site: links and images of pages
 * (Markdown, AsciiDoc, raw HTML), navigation entries ({@code nav.yml}, {@code nav.adoc}), "edit
 * this page" URLs, the site URL, and the URL attributes of sanitized untrusted HTML.
 *
 * <p>Allowed: references without a scheme (relative paths, {@code /root} paths, {@code ?query},
 * {@code #fragment}, scheme-relative {@code //host/…}), and the schemes {@code http}, {@code https}, {@code mailto} and {@code tel};
 * an image may also be a {@code data:image/…} URL (an image cannot run script). Everything else
 * ({@code javascript:}, {@code vbscript:}, {@code data:} elsewhere, {@code file:}, unknown schemes)
 * is refused: the caller leaves the URL out and reports {@link #refused}.
 *
 * <p>The scheme is read the way a browser's URL parser reads it: leading and trailing spaces and
 * control characters are ignored, tabs and line breaks anywhere are dropped, and letter case does
 * not count, so {@code " JaVa\tScRiPt:"} is {@code javascript:}. The URL is taken as the browser
 * will see it: callers pass attribute values with character references already decoded (jsoup and
 * Flexmark decode them; values written through the theme are escaped, so a {@code &} in them stays
 * text). Stateless and thread-safe.
 */
public final class UrlPolicy {

    /** The schemes a URL may have. */
    public static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
    private static final String ALLOWED_TEXT = "http, https, mailto or tel";
    /** Longest part of a refused URL quoted in a message: a data: URL can be megabytes. */
    private static final int SHOWN = 60;

    private UrlPolicy() {
    }

    /** Whether {@code url} may be written as a link target ({@code href}, {@code action}, {@code cite}…). */
    public static boolean allowed(String url) {
        return refusedScheme(url, false).isEmpty();
    }

    /** Whether {@code url} may be written as an image source ({@code src} of an image). */
    public static boolean allowedImage(String url) {
        return refusedScheme(url, true).isEmpty();
    }

    /**
     * The scheme that makes {@code url} refused, lower case without tabs or line breaks; empty when
     * it is allowed. With {@code image}, {@code data:image/…} is allowed.
     */
    public static Optional<String> refusedScheme(String url, boolean image) {
        String scheme = scheme(url);
        if (scheme == null || ALLOWED.contains(scheme)) {
            return Optional.empty();
        }
        if (image && scheme.equals("data") && isDataImage(url)) {
            return Optional.empty();
        }
        return Optional.of(scheme);
    }

    /**
     * Whether a link target as an author wrote it is refused: {@code xref:} and {@code api:}
     * references are Docstack's own syntax, resolved to paths of the site by the link stage, and
     * never refused; any other target is a URL, refused as {@link #refusedScheme} says.
     */
    public static boolean refusedTarget(String target, boolean image) {
        String written = target.strip();
        return !written.startsWith("xref:") && !written.startsWith("api:") && refusedScheme(target, image).isPresent();
    }

    /**
     * The {@code link.scheme} error for a refused URL at {@code file:line:column} (0 when unknown);
     * {@code what} names the place ("link", "navigation entry", "editUrl of project 'x'").
     */
    public static Diagnostic refused(String file, int line, int column, String what, String url) {
        String scheme = refusedScheme(url, false).orElse(scheme(url));
        return Diagnostic.error(Rules.LINK_SCHEME, file, line, column,
                what + " '" + shown(url) + "' is not written: the scheme '" + scheme + ":' is not allowed",
                "use a relative path or an " + ALLOWED_TEXT + " URL; an image may also be a data:image/… URL");
    }

    /** The scheme of {@code url} as a browser reads it, lower case; null when it has none (a relative reference). */
    static String scheme(String url) {
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        StringBuilder scheme = new StringBuilder();
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == ':') {
                return scheme.isEmpty() ? null : scheme.toString().toLowerCase(Locale.ROOT);
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && (scheme.isEmpty() || !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')) {
                return null; // a '/', '?', '#' or other character before any ':' makes it a path, query or fragment
            }
            scheme.append(c);
        }
        return null;
    }

    /** Whether the URL, its scheme read as {@link #scheme} does, starts with {@code data:image/}. */
    private static boolean isDataImage(String url) {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < url.length() && head.length() < "data:image/".length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' || !head.isEmpty() && c == ' ') {
                head.append(Character.toLowerCase(c));
            }
        }
        return head.toString().equals("data:image/");
    }

    private static String shown(String url) {
        String start = url.strip();
        start = start.length() <= SHOWN ? start : start.substring(0, SHOWN) + "…";
        return start.replaceAll("[\\x00-\\x1f]", " ");
    }
}
