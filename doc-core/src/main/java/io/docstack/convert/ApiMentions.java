package io.docstack.convert;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API references a page makes without a link: code that is an {@code api:} reference, and the
 * request line that opens an {@code http}, shell or console code block. Both formats use it, so
 * the same text is recognised in Markdown and AsciiDoc. Stateless.
 */
final class ApiMentions {

    /** Code languages whose first line may be a request: HTTP messages and terminal sessions. */
    static final Set<String> REQUEST_LANGUAGES = Set.of("http", "bash", "sh", "shell", "console", "shell-session");

    /** {@code api:service[@version]:rest}: the shape of code meant as a reference (the link stage checks the rest). */
    private static final Pattern CODE_REFERENCE = Pattern.compile("api:[a-z0-9][a-z0-9._-]*(?:@[A-Za-z0-9._-]+)?:\\S.*");
    /**
     * A request line: an optional shell prompt, a method, a path or URL (a fragment is dropped: it
     * is never sent), an optional protocol version.
     */
    private static final Pattern REQUEST = Pattern.compile(
            "^(?:\\$\\s+)?(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\\s+((?:https?://[^/\\s]+)?/[^\\s#]*)(?:#\\S*)?(?:\\s+HTTP/\\d(?:\\.\\d)?)?\\s*$");
    /**
     * {@code service=compute} among a code block's info words or attributes. Any value is taken,
     * so that a misspelt one ({@code service=Network}) is reported by the link stage, not ignored.
     */
    private static final Pattern SERVICE = Pattern.compile("(?:^|[\\s,{])service=\"?([^\\s,}\"]+)");

    private ApiMentions() {
    }

    /** Whether code text is an {@code api:} reference. */
    static boolean isReference(String code) {
        return code.length() < 2_000 && code.indexOf('\n') < 0 && CODE_REFERENCE.matcher(code.strip()).matches();
    }

    /**
     * A request line found in a code block.
     *
     * @param target {@code api:service:METHOD path}, service empty when the block names none
     * @param column 0-based offset of the method in its line
     */
    record Request(String target, int column) {
    }

    /**
     * The request on a code block's first line, if the block's language is one that holds
     * requests and the line is one.
     *
     * @param language the block's language (any case), or null
     * @param info     the rest of the block's info string or attributes, searched for {@code service=}
     * @param line     the block's first line
     */
    static Optional<Request> request(String language, String info, String line) {
        if (language == null || !REQUEST_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Matcher m = REQUEST.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Matcher service = SERVICE.matcher(info == null ? "" : info);
        String name = service.find() ? service.group(1) : "";
        return Optional.of(new Request("api:" + name + ":" + m.group(1) + " " + m.group(2), m.start(1)));
    }

    /** The language and the rest of a Markdown fence's info string ({@code http service=compute}). */
    static Map.Entry<String, String> splitInfo(String info) {
        String trimmed = info.strip();
        int space = 0;
        while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space)) && trimmed.charAt(space) != '{') {
            space++;
        }
        return Map.entry(trimmed.substring(0, space), trimmed.substring(space));
    }
}
