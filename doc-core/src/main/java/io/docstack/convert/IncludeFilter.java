package io.docstack.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code lines} and {@code tag}/{@code tags} attributes of an AsciiDoc include, applied to
 * the included text as Asciidoctor's built-in include does (which {@link ConfinedIncludeProcessor}
 * replaces), a port of its {@code Reader#preprocess_include_directive} (2.0): {@code lines}
 * wins over {@code tag}, which wins over {@code tags}; {@code lines=1..5;9;12..-1} (or
 * {@code ,}-separated); {@code tag=name}, {@code tag=!name}, {@code tags=a;b}, {@code tags=a;!b},
 * {@code tags=**} (all lines but the tag directives), {@code tags=*} (the lines in any tag),
 * {@code tags=**;!b}, {@code tags=*;!b}, {@code tags=!*} (the lines in no tag); an empty
 * {@code tag=} or {@code tags=} includes the whole file. Asciidoctor's warnings (a tag not found,
 * an unclosed or mismatched tag) come back as problems. Stateless.
 */
final class IncludeFilter {

    /** A {@code tag::name[]} or {@code end::name[]} marker anywhere on a line (usually in a comment). */
    private static final Pattern TAG_DIRECTIVE = Pattern.compile("\\b(?:tag|(e)nd)::(\\S+?)\\[\\](?=$|[ \\r])");
    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d{1,9})");

    /**
     * @param text      the selected lines
     * @param firstLine line number in the file of the first selected line
     * @param problems  warnings to report, in Asciidoctor's words
     */
    record Result(String text, int firstLine, List<String> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    private IncludeFilter() {
    }

    static Result apply(String text, Map<String, Object> attributes) {
        if (attributes.get("lines") != null) {
            return byLines(text, attributes.get("lines").toString());
        }
        Map<String, Boolean> tags = null;
        if (attributes.containsKey("tag")) {
            String tag = String.valueOf(attributes.get("tag"));
            if (!tag.isEmpty() && !tag.equals("!")) {
                tags = tag.startsWith("!") ? Map.of(tag.substring(1), false) : Map.of(tag, true);
            }
        } else if (attributes.get("tags") != null) {
            tags = new LinkedHashMap<>();
            for (String tag : split(attributes.get("tags").toString())) {
                if (!tag.isEmpty() && !tag.equals("!")) {
                    tags.put(tag.startsWith("!") ? tag.substring(1) : tag, !tag.startsWith("!"));
                }
            }
        }
        return tags == null || tags.isEmpty() ? new Result(text, 1, List.of()) : byTags(text, new LinkedHashMap<>(tags));
    }

    /** Asciidoctor's {@code split_delimited_value}: on {@code ,} when there is one, else on {@code ;}. */
    private static String[] split(String value) {
        return value.split(value.contains(",") ? "," : ";");
    }

    private static Result byLines(String text, String spec) {
        TreeSet<Double> wanted = new TreeSet<>();
        for (String range : split(spec)) {
            int dots = range.indexOf("..");
            if (dots < 0) {
                wanted.add((double) rubyInt(range));
                continue;
            }
            int from = rubyInt(range.substring(0, dots));
            String toText = range.substring(dots + 2);
            int to = rubyInt(toText);
            if (toText.isEmpty() || to < 0) {
                wanted.add((double) from);
                wanted.add(Double.POSITIVE_INFINITY);
            } else {
                for (int line = from; line <= to; line++) {
                    wanted.add((double) line);
                }
            }
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int first = 0;
        boolean remaining = false;
        for (int i = 1; i <= lines.length && !wanted.isEmpty(); i++) {
            double next = wanted.first();
            // As Asciidoctor does: once the open range's infinity is next, every line after is taken.
            remaining = remaining || next == Double.POSITIVE_INFINITY;
            if (remaining || next == i) {
                out.add(lines[i - 1]);
                first = first == 0 ? i : first;
                if (!remaining) {
                    wanted.pollFirst();
                }
            }
        }
        return new Result(String.join("\n", out), Math.max(1, first), List.of());
    }

    /** Ruby's {@code String#to_i}: the leading integer, 0 when there is none. */
    private static int rubyInt(String text) {
        Matcher number = LEADING_INTEGER.matcher(text);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }

    /** One open tag: its name, whether its lines are selected, the line it opened at. */
    private record Open(String name, boolean select, int line) {
    }

    private static Result byTags(String text, Map<String, Boolean> tags) {
        boolean select;
        Boolean wildcard = null;
        if (tags.containsKey("**")) {
            select = tags.remove("**");
            if (tags.containsKey("*")) {
                wildcard = tags.remove("*");
            } else if (!select && !tags.isEmpty() && !tags.values().iterator().next()) {
                wildcard = true;
            }
        } else if (tags.containsKey("*")) {
            if (tags.keySet().iterator().next().equals("*")) {
                wildcard = tags.remove("*");
                select = !wildcard;
            } else {
                select = false;
                wildcard = tags.remove("*");
            }
        } else {
            select = !tags.containsValue(true);
        }
        boolean base = select;
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        Set<String> selected = new LinkedHashSet<>();
        String active = null;
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher directive = TAG_DIRECTIVE.matcher(lines[i]);
            if (lines[i].contains("::") && lines[i].contains("[]") && directive.find()) {
                String tag = directive.group(2);
                if (directive.group(1) != null) {
                    if (tag.equals(active)) {
                        stack.remove(stack.size() - 1);
                        Open top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                        active = top == null ? null : top.name();
                        select = top == null ? base : top.select();
                    } else if (tags.containsKey(tag)) {
                        int at = lastIndexOf(stack, tag);
                        if (at >= 0) {
                            stack.remove(at);
                            problems.add("mismatched end tag (expected '" + active + "' but found '" + tag + "') at line "
                                    + (i + 1) + " of include file");
                        } else {
                            problems.add("unexpected end tag '" + tag + "' at line " + (i + 1) + " of include file");
                        }
                    }
                } else if (tags.containsKey(tag)) {
                    select = tags.get(tag);
                    if (select) {
                        selected.add(tag);
                    }
                    stack.add(new Open(active = tag, select, i + 1));
                } else if (wildcard != null) {
                    select = active != null && !select ? false : wildcard;
                    stack.add(new Open(active = tag, select, i + 1));
                }
            } else if (select) {
                out.add(lines[i]);
                first = first == 0 ? i + 1 : first;
            }
        }
        for (Open open : stack) {
            problems.add("detected unclosed tag '" + open.name() + "' starting at line " + open.line() + " of include file");
        }
        List<String> missing = tags.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .filter(tag -> !selected.contains(tag)).toList();
        if (!missing.isEmpty()) {
            problems.add("tag" + (missing.size() > 1 ? "s" : "") + " '" + String.join(", ", missing)
                    + "' not found in include file");
        }
        return new Result(String.join("\n", out), Math.max(1, first), problems);
    }

    private static int lastIndexOf(List<Open> stack, String tag) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).name().equals(tag)) {
                return i;
            }
        }
        return -1;
    }
}
