package io.docstack.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A path pattern of a project's {@code includes} or {@code excludes}, matched against a file's
 * '/'-separated path inside the docs folder, as maven-resources-plugin and Ant patterns are:
 * {@code *} is any part of one name, {@code ?} one character of a name, {@code **} any number of
 * folders, and a pattern ending in {@code /} means everything under that folder ({@code guide/}
 * is {@code guide/**}).
 *
 * <p>One rule is Docstack's own, as shell globs treat names starting with a dot: a wildcard never
 * matches the first character of a name that starts with {@code _} or {@code .}. Such names
 * (partials, hidden files) are matched only by a pattern that spells that character:
 * {@code **} reads neither {@code _partials/a.adoc} nor {@code .git/config}, while
 * {@code _collections/**} takes {@code _collections/} in. So the default, {@code **}, is the
 * convention of leaving such names out. Immutable and thread-safe.
 */
public final class PathGlob {

    /** The default of {@code includes}: every file whose path has no name starting with {@code _} or {@code .}. */
    public static final List<String> EVERYTHING = List.of("**");

    /** Any name not starting with {@code _} or {@code .}. */
    private static final String NAME = "(?![._])[^/]+";

    private final String text;
    private final Pattern regex;

    private PathGlob(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * The pattern {@code text}.
     *
     * @throws IllegalArgumentException when it is blank, starts with {@code /}, holds a
     *                                  backslash or a {@code ..} name: it could not match a path
     *                                  inside the docs folder
     */
    public static PathGlob of(String text) {
        String pattern = text == null ? "" : text.strip();
        if (pattern.isEmpty() || pattern.startsWith("/") || pattern.contains("\\")
                || List.of(pattern.split("/")).contains("..")) {
            throw new IllegalArgumentException("path pattern '" + text
                    + "' must be a relative path inside the docs folder ('/'-separated, no '..'), such as _collections/**");
        }
        String expanded = pattern.endsWith("/") ? pattern + "**" : pattern;
        while (expanded.contains("**/**")) {
            expanded = expanded.replace("**/**", "**");
        }
        return new PathGlob(pattern, Pattern.compile(regex(expanded.split("/"))));
    }

    /** Whether a file at {@code path} ('/'-separated, relative to the docs folder) matches. */
    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /** True when one of {@code globs} matches {@code path}. */
    public static boolean any(List<PathGlob> globs, String path) {
        return globs.stream().anyMatch(glob -> glob.matches(path));
    }

    private static String regex(String[] segments) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean afterAny = i > 0 && segments[i - 1].equals("**");
            if (segments[i].equals("**")) {
                boolean last = i == segments.length - 1;
                if (i == 0) {
                    regex.append(last ? NAME + "(?:/" + NAME + ")*" : "(?:" + NAME + "/)*");
                } else if (!afterAny) {
                    regex.append(last ? "(?:/" + NAME + ")*" : "/(?:" + NAME + "/)*");
                }
                continue;
            }
            if (i > 0 && !afterAny) {
                regex.append('/');
            }
            regex.append(name(segments[i]));
        }
        return regex.toString();
    }

    /** One name of a pattern; a leading wildcard does not match a leading '_' or '.'. */
    private static String name(String segment) {
        StringBuilder regex = new StringBuilder();
        if (segment.startsWith("*") || segment.startsWith("?")) {
            regex.append("(?![._])");
        }
        for (char c : segment.toCharArray()) {
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
