package io.docstack.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A normalized, relative, '/'-separated path inside a project or inside the site.
 *
 * <p>It cannot hold {@code ..}, {@code .}, a leading {@code /}, a backslash, a NUL, or an empty
 * segment, so every output write and every preview lookup that goes through it stays inside its
 * root. Immutable and thread-safe.
 */
public record SitePath(String value) implements Comparable<SitePath> {

    /**
     * The longest folder or file name, in UTF-8 bytes, that a file system holds: 255 on ext4, XFS,
     * Btrfs and APFS (NTFS counts 255 UTF-16 units, which is never fewer characters).
     */
    public static final int MAX_SEGMENT_BYTES = 255;

    public SitePath {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("not a site path (" + problem + "): " + printable(value));
        }
    }

    /** Parses a path that must already be normalized. */
    public static SitePath of(String value) {
        return new SitePath(value);
    }

    /** Parses a path, or empty when it is not a valid normalized site path. */
    public static Optional<SitePath> parse(String value) {
        return value != null && problem(value) == null ? Optional.of(new SitePath(value)) : Optional.empty();
    }

    /**
     * Resolves a relative reference ({@code ../guide/a.md}, {@code ./b.md}) against the folder of
     * this path, or empty when the result would leave the root or is otherwise invalid.
     */
    public Optional<SitePath> resolveSibling(String relative) {
        if (relative.startsWith("/")) {
            return normalize(List.of(), relative.substring(1));
        }
        return normalize(folderSegments(), relative);
    }

    /** The segments of the folder that holds this path. */
    public List<String> folderSegments() {
        List<String> segments = segments();
        return segments.subList(0, segments.size() - 1);
    }

    public List<String> segments() {
        return List.of(value.split("/"));
    }

    public String fileName() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? value : value.substring(slash + 1);
    }

    /** The extension without the dot, lower case, or "" when there is none. */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    public SitePath withExtension(String extension) {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? value : value.substring(0, value.length() - (name.length() - dot));
        return new SitePath(base + "." + extension);
    }

    /** This path below a folder prefix; an empty prefix returns this path. */
    public SitePath under(String prefix) {
        return prefix.isEmpty() ? this : new SitePath(prefix + "/" + value);
    }

    /** The length in UTF-8 bytes of the longest segment: a file system refuses more than {@link #MAX_SEGMENT_BYTES}. */
    public int longestSegmentBytes() {
        int longest = 0;
        for (String segment : segments()) {
            longest = Math.max(longest, segment.getBytes(StandardCharsets.UTF_8).length);
        }
        return longest;
    }

    /** How many folders deep this path is (0 for a file at the root). */
    public int depth() {
        return segments().size() - 1;
    }

    /**
     * A relative URL from the document at {@code from} to this path. Characters that a browser would
     * read as URL syntax ('#', '?', '%', spaces…) are percent-encoded, and a first segment holding a
     * ':' gets a {@code ./} prefix so that it is not taken for a URL scheme.
     */
    public String relativeFrom(SitePath from) {
        List<String> fromFolder = from.folderSegments();
        List<String> target = segments();
        int common = 0;
        while (common < fromFolder.size() && common < target.size() - 1
                && fromFolder.get(common).equals(target.get(common))) {
            common++;
        }
        StringBuilder url = new StringBuilder();
        url.append("../".repeat(fromFolder.size() - common));
        if (url.length() == 0 && target.get(common).indexOf(':') >= 0) {
            url.append("./");
        }
        for (int i = common; i < target.size(); i++) {
            if (i > common) {
                url.append('/');
            }
            encodeSegment(target.get(i), url);
        }
        return url.toString();
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<SitePath> normalize(List<String> base, String relative) {
        if (relative.isEmpty() || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(base);
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (out.isEmpty()) {
                    return Optional.empty();
                }
                out.remove(out.size() - 1);
            } else {
                out.add(segment);
            }
        }
        return out.isEmpty() ? Optional.empty() : parse(String.join("/", out));
    }

    private static String problem(String value) {
        if (value.isEmpty()) {
            return "empty";
        }
        if (value.startsWith("/")) {
            return "leading '/'";
        }
        if (value.indexOf('\\') >= 0) {
            return "backslash";
        }
        if (value.indexOf('\0') >= 0) {
            return "NUL";
        }
        if (value.length() >= 2 && value.charAt(1) == ':' && isAsciiLetter(value.charAt(0))) {
            return "drive letter";
        }
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty()) {
                return "empty segment";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "'" + segment + "' segment";
            }
        }
        return null;
    }

    /** Percent-encodes the ASCII characters that are not allowed as themselves in a URL path segment. */
    private static void encodeSegment(String segment, StringBuilder out) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c <= ' ' || c == 0x7f || "\"#%<>?`{}^|[]".indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append(c);
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String printable(String value) {
        return value.replace("\0", "\\0");
    }
}
