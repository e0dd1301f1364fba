package io.docstack.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code lines} and {@code tag}/{@code tags} attributes of an AsciiDoc include, applied to
 * the included text the way Asciidoctor's built-in include does (which {@link ConfinedIncludeProcessor}
 * replaces). Supported: {@code lines=1..5;9;12..-1}, {@code tag=name}, {@code tags=a;b}; negated
 * ({@code !name}) and wildcard ({@code *}) tags are reported and ignored. Stateless.
 */
final class IncludeFilter {

    /** A {@code tag::name[]} or {@code end::name[]} marker anywhere on a line (usually in a comment). */
    private static final Pattern TAG_DIRECTIVE = Pattern.compile("\\b(tag|end)::(\\S+?)\\[\\](?=$|[ \\r])");

    /**
     * @param text      the selected lines
     * @param firstLine line number in the file of the first selected line
     * @param problem   a warning to report, or null
     */
    record Result(String text, int firstLine, String problem) {
    }

    private IncludeFilter() {
    }

    static Result apply(String text, Map<String, Object> attributes) {
        Object lines = attributes.get("lines");
        Object tags = attributes.containsKey("tags") ? attributes.get("tags") : attributes.get("tag");
        if (lines != null) {
            return byLines(text, lines.toString());
        }
        if (tags != null) {
            return byTags(text, tags.toString());
        }
        return new Result(text, 1, null);
    }

    private static Result byLines(String text, String spec) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= lines.length; i++) {
            if (selected(spec, i, lines.length)) {
                out.add(lines[i - 1]);
                first = first == 0 ? i : first;
            }
        }
        return new Result(String.join("\n", out), Math.max(1, first), null);
    }

    private static boolean selected(String spec, int line, int count) {
        for (String range : spec.split("[;,]")) {
            String[] bounds = range.strip().split("\\.\\.", 2);
            try {
                int from = Integer.parseInt(bounds[0].strip());
                int to = bounds.length == 1 ? from : bounds[1].isBlank() ? count : Integer.parseInt(bounds[1].strip());
                if (line >= from && (to < 0 || line <= to)) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // Asciidoctor ignores ranges it cannot read.
            }
        }
        return false;
    }

    private static Result byTags(String text, String spec) {
        Set<String> wanted = new LinkedHashSet<>();
        List<String> unsupported = new ArrayList<>();
        for (String tag : spec.split("[;,]")) {
            String name = tag.strip();
            if (name.startsWith("!") || name.contains("*")) {
                unsupported.add(name);
            } else if (!name.isEmpty()) {
                wanted.add(name);
            }
        }
        if (wanted.isEmpty()) {
            return new Result(text, 1, "include tags " + unsupported + " are not supported; the whole file is included");
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        Set<String> open = new LinkedHashSet<>();
        Set<String> found = new LinkedHashSet<>();
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher directive = TAG_DIRECTIVE.matcher(lines[i]);
            if (directive.find()) {
                String name = directive.group(2);
                if (directive.group(1).equals("tag")) {
                    open.add(name);
                    found.add(name);
                } else {
                    open.remove(name);
                }
            } else if (open.stream().anyMatch(wanted::contains)) {
                out.add(lines[i]);
                first = first == 0 ? i + 1 : first;
            }
        }
        wanted.removeAll(found);
        String problem = !wanted.isEmpty() ? "tag " + wanted + " not found in included file"
                : unsupported.isEmpty() ? null : "include tags " + unsupported + " are not supported and were ignored";
        return new Result(String.join("\n", out), Math.max(1, first), problem);
    }
}
