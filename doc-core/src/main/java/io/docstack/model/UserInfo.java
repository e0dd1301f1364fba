package io.docstack.model;

import java.util.regex.Pattern;

/**
 * Takes the user-info ({@code user:token@}) out of the URLs in a text shown to users, so that a
 * credential written into a git source or inventory URL ({@code https://ci:TOKEN@host/repo.git})
 * reaches the fetch and nothing else: not a diagnostic, a log line, an exception message or a
 * report. The user-info becomes {@code ***}, which still says that credentials were given.
 * Stateless and thread-safe.
 */
public final class UserInfo {

    /**
     * A scheme, {@code //}, then an authority up to its last {@code @}: a password may hold an
     * unescaped {@code @}, the host cannot. The authority ends at a path, query, fragment,
     * whitespace or a quote, as URLs in messages are written.
     */
    private static final Pattern WITH_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s'\"<>]*@");

    private UserInfo() {
    }

    /** {@code text} with the user-info of every URL in it replaced by {@code ***}; the same text when there is none. */
    public static String strip(String text) {
        if (text == null || text.indexOf('@') < 0 || !text.contains("://")) {
            return text;
        }
        return WITH_USER_INFO.matcher(text).replaceAll("$1***@");
    }
}
