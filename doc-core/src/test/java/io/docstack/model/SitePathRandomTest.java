package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Invariants of {@link SitePath} over random strings built from the pieces that make paths
 * dangerous ('..', '.', separators, NUL, drive letters, URL delimiters). Fixed seeds: a failure
 * prints the input, and the same input comes back on the next run.
 */
class SitePathRandomTest {

    private static final String[] PIECES = {"..", ".", "", "/", "//", "\\", "\0", "a", "b.md", "C:", "c:", "x:y",
            " ", "%2e%2e", "%2F", "#", "?", "ü", "日本", "...", ".hidden", "_p", "-", "index.html", "\t", "a b"};
    private static final int CASES = 2_000;

    @Test
    void parseNeverAcceptsAPathThatEscapesItsRoot() {
        Random random = new Random(20240501L);
        Path root = Path.of("root").toAbsolutePath();
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            String candidate = randomString(random);
            Optional<SitePath> parsed = SitePath.parse(candidate);
            if (parsed.isEmpty()) {
                continue;
            }
            accepted++;
            String value = parsed.get().value();
            assertThat(escapes(List.of(), value)).as("accepted %s", printable(candidate)).isFalse();
            assertThat(value).as("accepted %s", printable(candidate)).doesNotContain("\\", "\0").doesNotStartWith("/");
            assertThat(root.resolve(value).normalize().startsWith(root)).as("accepted %s", printable(candidate)).isTrue();
            assertThat(String.join("/", parsed.get().segments())).isEqualTo(value);
        }
        // The generator must exercise both outcomes, or the property says nothing.
        assertThat(accepted).isBetween(CASES / 20, CASES - CASES / 20);
    }

    @Test
    void resolveSiblingStaysInsideAndAgreesWithAPlainNormalizer() {
        Random random = new Random(7L);
        int resolved = 0;
        for (int i = 0; i < CASES; i++) {
            SitePath base = randomPath(random);
            String relative = randomString(random);
            Optional<SitePath> result = base.resolveSibling(relative);
            Optional<String> expected = normalize(base.folderSegments(), relative);
            assertThat(result.map(SitePath::value)).as("%s + %s", base, printable(relative)).isEqualTo(expected);
            if (result.isPresent()) {
                resolved++;
                assertThat(SitePath.parse(result.get().value())).contains(result.get());
            }
        }
        assertThat(resolved).isBetween(CASES / 20, CASES - CASES / 20);
    }

    @Test
    void relativeFromIsAUrlThatResolvesBackToTheTarget() {
        Random random = new Random(99L);
        for (int i = 0; i < CASES; i++) {
            SitePath from = randomPath(random);
            SitePath to = random.nextInt(4) == 0 ? from : randomPath(random);
            String url = to.relativeFrom(from);
            String context = "from " + from + " to " + to + " gave " + url;
            assertThat(url).as(context).doesNotStartWith("/").doesNotContain("//", "#", "?", " ");
            assertThat(firstSegment(url)).as(context + ": a ':' here would read as a URL scheme").doesNotContain(":");
            assertThat(resolveUrl(from, url)).as(context).isEqualTo(to.value());
            assertThat(from.resolveSibling(percentDecode(url))).as(context).contains(to);
        }
    }

    // ---- generators

    private static String randomString(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            if (i > 0 && random.nextInt(3) > 0) {
                out.append('/');
            }
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    /** A valid path of 1 to 4 segments from a small alphabet, so that paths often share folders. */
    private static SitePath randomPath(Random random) {
        String[] names = {"a", "b", "guide", "ü", "c#", "q?", "x y", "1:2", "%41", "index.html", "a.md", "...", ".h"};
        List<String> segments = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            segments.add(names[random.nextInt(names.length)]);
        }
        return SitePath.of(String.join("/", segments));
    }

    // ---- oracles, written independently of SitePath

    /** True when a path, read by Unix or Windows rules, is absolute or climbs above its root. */
    private static boolean escapes(List<String> base, String path) {
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.indexOf('\0') >= 0
                || startsWithDrive(path)) {
            return true;
        }
        int depth = base.size();
        for (String segment : path.split("[/\\\\]", -1)) {
            if (segment.equals("..")) {
                depth--;
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** What resolving {@code relative} from a folder should give: a path inside the root, or nothing. */
    private static Optional<String> normalize(List<String> folder, String relative) {
        if (relative.isEmpty() || relative.contains("\\") || relative.contains("\0")) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(relative.startsWith("/") ? List.of() : folder);
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..")) {
                if (out.isEmpty()) {
                    return Optional.empty();
                }
                out.remove(out.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                out.add(segment);
            }
        }
        if (out.isEmpty() || startsWithDrive(out.get(0))) {
            return Optional.empty();
        }
        return Optional.of(String.join("/", out));
    }

    /** How a browser resolves a relative URL path (RFC 3986 section 5.2), decoded back to a site path. */
    private static String resolveUrl(SitePath from, String url) {
        List<String> out = new ArrayList<>(from.folderSegments());
        for (String segment : url.split("/", -1)) {
            if (segment.equals("..")) {
                out.remove(out.size() - 1);
            } else if (!segment.equals(".")) {
                out.add(percentDecode(segment));
            }
        }
        return String.join("/", out);
    }

    private static boolean startsWithDrive(String path) {
        return path.length() >= 2 && (path.charAt(0) | 0x20) >= 'a' && (path.charAt(0) | 0x20) <= 'z'
                && path.charAt(1) == ':';
    }

    private static String firstSegment(String url) {
        int slash = url.indexOf('/');
        return slash < 0 ? url : url.substring(0, slash);
    }

    private static String percentDecode(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String printable(String text) {
        return "'" + text.replace("\0", "\\0").replace("\t", "\\t") + "'";
    }
}
