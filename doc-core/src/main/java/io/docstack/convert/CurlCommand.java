package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The request a {@code curl} command line sends: its method and URL, read as curl reads its
 * arguments. {@code -X METHOD}, {@code -XMETHOD}, {@code --request METHOD} and
 * {@code --request=METHOD} name the method; without one it is GET, HEAD for {@code -I}, PUT for
 * {@code -T}, POST when data is sent ({@code -d}, {@code --data*}, {@code -F}, {@code --json}),
 * GET again with {@code -G}. The URL is the first argument that is not an option's value, or
 * {@code --url}'s; one without scheme ({@code localhost:9200/_cat}) is taken as http. Quotes are
 * removed as a POSIX shell removes them; the command ends at an unquoted {@code | ; & > <} or
 * {@code )}. Stateless.
 */
final class CurlCommand {

    static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE");

    /** Short options that take a value, as curl 8 defines them. */
    private static final String SHORT_WITH_VALUE = "AbcCdDeEFHKmoPQrTuUwxXyYz";
    /** Long options that take a value (the common ones; {@code --name=value} works for any). */
    private static final Set<String> LONG_WITH_VALUE = Set.of("data", "data-raw", "data-binary", "data-urlencode",
            "data-ascii", "json", "form", "form-string", "header", "user", "user-agent", "referer", "cookie",
            "cookie-jar", "output", "request", "url", "cacert", "capath", "cert", "cert-type", "key", "key-type",
            "pass", "proxy", "proxy-user", "max-time", "connect-timeout", "retry", "retry-delay", "retry-max-time",
            "resolve", "connect-to", "write-out", "upload-file", "range", "config", "dump-header", "limit-rate",
            "interface", "aws-sigv4", "oauth2-bearer", "unix-socket", "variable", "netrc-file", "trace",
            "trace-ascii", "stderr", "max-redirs", "continue-at", "time-cond", "noproxy", "ciphers", "proxy-header",
            "url-query", "quote", "output-dir", "request-target", "local-port", "socks5", "socks5-hostname",
            "preproxy", "header-file", "expect100-timeout", "keepalive-time", "max-filesize", "speed-limit",
            "speed-time", "tls-max", "abstract-unix-socket", "dns-servers", "haproxy-clientip");
    private static final Set<String> LONG_DATA = Set.of("data", "data-raw", "data-binary", "data-urlencode",
            "data-ascii", "json", "form", "form-string");
    private static final Pattern HOST_WITHOUT_SCHEME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*(?::\\d+)?(?:/.*)?");

    private CurlCommand() {
    }

    /** What the command sends: an upper case method and the URL as written (quotes removed). */
    record Sent(String method, String url) {
    }

    /**
     * The request of a command line that starts with {@code curl} (continuation lines already
     * joined), or empty when it names no URL or a method that is not an HTTP method of OpenAPI.
     */
    static Optional<Sent> parse(String command) {
        List<String> words = words(command);
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            return Optional.empty();
        }
        String method = null;
        String url = null;
        boolean data = false;
        boolean head = false;
        boolean upload = false;
        boolean get = false;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--") && word.length() > 2) {
                int equals = word.indexOf('=');
                String name = word.substring(2, equals < 0 ? word.length() : equals);
                String value = equals >= 0 ? word.substring(equals + 1)
                        : LONG_WITH_VALUE.contains(name) && i + 1 < words.size() ? words.get(++i) : null;
                switch (name) {
                    case "request" -> method = value;
                    case "url" -> url = url == null ? value : url;
                    case "head" -> head = true;
                    case "get" -> get = true;
                    case "upload-file" -> upload = true;
                    default -> data |= LONG_DATA.contains(name);
                }
            } else if (word.startsWith("-") && word.length() > 1) {
                for (int c = 1; c < word.length(); c++) {
                    char option = word.charAt(c);
                    if (SHORT_WITH_VALUE.indexOf(option) >= 0) {
                        String value = c + 1 < word.length() ? word.substring(c + 1) : i + 1 < words.size() ? words.get(++i) : null;
                        if (option == 'X') {
                            method = value;
                        }
                        data |= option == 'd' || option == 'F';
                        upload |= option == 'T';
                        break;
                    }
                    head |= option == 'I';
                    get |= option == 'G';
                }
            } else if (url == null) {
                url = word;
            }
        }
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        String sent = method != null ? method.toUpperCase(Locale.ROOT)
                : head ? "HEAD" : upload ? "PUT" : data && !get ? "POST" : "GET";
        if (!METHODS.contains(sent)) {
            return Optional.empty(); // -X COPY, -X PROPFIND: not an operation a spec can have
        }
        if (!url.contains("://") && !url.startsWith("$") && HOST_WITHOUT_SCHEME.matcher(url).matches()) {
            url = "http://" + url; // curl's own default
        }
        return Optional.of(new Sent(sent, url));
    }

    /** The shell words of a command: quotes removed, escapes applied, up to the first operator. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '\\' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                    word.append(command.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '\\' && i + 1 < command.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(command.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ("|;&<>)".indexOf(c) >= 0) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null && quote == 0) {
            words.add(word.toString());
        }
        return words;
    }
}
