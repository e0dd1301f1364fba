package io.docstack.convert;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API references a page makes without a link: code that is an {@code api:} reference (the
 * requests of code blocks are {@link RequestLines}). Both formats use it, so the same text is
 * recognised in Markdown and AsciiDoc. Stateless.
 */
final class ApiMentions {

    /** {@code api:service[@version]:rest}: the shape of code meant as a reference (the link stage checks the rest). */
    private static final Pattern CODE_REFERENCE = Pattern.compile("api:[a-z0-9][a-z0-9._-]*(?:@[A-Za-z0-9._-]+)?:\\S.*");

    private ApiMentions() {
    }

    /** Whether code text is an {@code api:} reference. */
    static boolean isReference(String code) {
        return code.length() < 2_000 && code.indexOf('\n') < 0 && CODE_REFERENCE.matcher(code.strip()).matches();
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
