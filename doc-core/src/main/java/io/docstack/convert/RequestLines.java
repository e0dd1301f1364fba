package io.docstack.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests a code block shows, as API guides write them: the request line that opens the
 * block ({@code GET /v2.1/servers HTTP/1.1}, {@code GET https://host/v2/images}, or the Dev Tools
 * console form of Elasticsearch and OpenSearch, {@code GET _cat/indices?v}, which means
 * {@code /_cat/indices?v}), and every {@code curl} command in it ({@link CurlCommand}), continuation
 * lines joined. Only blocks whose language can hold a request are read: HTTP, shell and console
 * sessions, JSON, YAML and JavaScript (where console snippets put the request line above the body)
 * and blocks without language; {@code text} is how a page shows a request that must not be
 * checked. A line of prose or JSON is not a request line: it must be a
 * method, one path and at most a protocol version. Whether a request is meant for a service's
 * API (its host, its base path) is for the link stage to decide. Stateless.
 */
final class RequestLines {

    /** Code languages whose blocks may hold requests (any case); a block without language may too, {@code text} not. */
    static final Set<String> LANGUAGES = Set.of("http", "bash", "sh", "shell", "zsh", "console", "shell-session",
            "curl", "json", "yaml", "yml", "js", "javascript");

    private static final String METHOD = "(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)";
    private static final String VERSION = "(?:#\\S*)?(?:\\s+HTTP/\\d(?:\\.\\d)?)?\\s*$";
    /**
     * A request line: an optional shell prompt, a method, a path or URL (a fragment is dropped: it
     * is never sent), an optional protocol version.
     */
    private static final Pattern REQUEST = Pattern.compile(
            "^(?:\\$\\s+)?" + METHOD + "\\s+((?:https?://[^/\\s]+)?/[^\\s#]*)" + VERSION);
    /** The console form: a path without its leading slash, made of the characters URLs and templates use. */
    private static final Pattern CONSOLE = Pattern.compile(
            "^" + METHOD + "\\s+([A-Za-z0-9_.*%{<$-][A-Za-z0-9_.*%{}<>$,:;@~=&+?/-]*)" + VERSION);
    /** A command prompt before a command: {@code $ }, {@code % }, {@code PS> }. */
    private static final Pattern PROMPT = Pattern.compile("^\\s*(?:[$%]\\s+|PS[^>]*>\\s*)?");
    /**
     * {@code service=compute} among a code block's info words or attributes. Any value is taken,
     * so that a misspelt one ({@code service=Network}) is reported by the link stage, not ignored.
     */
    private static final Pattern SERVICE = Pattern.compile("(?:^|[\\s,{])service=\"?([^\\s,}\"]+)");

    private RequestLines() {
    }

    /**
     * A request found in a code block.
     *
     * @param target {@code api:service:METHOD path-or-URL}, service empty when the block names none
     * @param offset where the method (or the {@code curl} word) starts in the block's content
     */
    record Request(String target, int offset) {
    }

    /**
     * The requests of a code block, in order.
     *
     * @param language the block's language (any case), or null or "" for none
     * @param info     the rest of the block's info string or attributes, searched for {@code service=}
     * @param content  the block's content
     */
    static List<Request> of(String language, String info, String content) {
        List<Request> found = new ArrayList<>();
        if (language != null && !language.isEmpty() && !LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
            return found;
        }
        Matcher service = SERVICE.matcher(info == null ? "" : info);
        String prefix = "api:" + (service.find() ? service.group(1) : "") + ":";
        int end = content.indexOf('\n');
        String first = content.substring(0, end < 0 ? content.length() : end).replace("\r", "");
        Matcher request = REQUEST.matcher(first);
        Matcher console = CONSOLE.matcher(first);
        if (request.matches()) {
            found.add(new Request(prefix + request.group(1) + " " + request.group(2), request.start(1)));
        } else if (console.matches()) {
            found.add(new Request(prefix + console.group(1) + " /" + console.group(2), console.start(1)));
        }
        curls(content, prefix, found);
        return found;
    }

    /** Each {@code curl} command, its continuation lines ({@code \}, PowerShell {@code `}, cmd {@code ^}) joined. */
    private static void curls(String content, String prefix, List<Request> found) {
        String[] lines = content.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            int start = offset;
            StringBuilder command = new StringBuilder();
            String line = lines[i];
            offset += line.length() + 1;
            while (continues(line) && i + 1 < lines.length) {
                command.append(stripContinuation(line)).append(' ');
                line = lines[++i];
                offset += line.length() + 1;
            }
            command.append(line.replace("\r", ""));
            Matcher prompt = PROMPT.matcher(command);
            int at = prompt.lookingAt() ? prompt.end() : 0;
            if (!command.substring(at).startsWith("curl ")) {
                continue;
            }
            int column = at;
            CurlCommand.parse(command.substring(at)).ifPresent(sent -> {
                String url = sent.url();
                int hash = url.indexOf('#');
                String target = hash < 0 ? url : url.substring(0, hash);
                if (!target.isEmpty() && target.chars().noneMatch(Character::isWhitespace)) {
                    found.add(new Request(prefix + sent.method() + " " + target, start + column));
                }
            });
        }
    }

    private static boolean continues(String line) {
        String trimmed = line.replace("\r", "").stripTrailing();
        return trimmed.endsWith("\\") || trimmed.endsWith("`") || trimmed.endsWith(" ^");
    }

    private static String stripContinuation(String line) {
        String trimmed = line.replace("\r", "").stripTrailing();
        return trimmed.substring(0, trimmed.length() - 1);
    }
}
