package io.docstack.convert;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import io.docstack.config.Limits;
import io.docstack.config.SafeYaml;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * YAML front matter of a Markdown page: a block between a first line {@code ---} and the next
 * {@code ---} (or {@code ...}) line.
 *
 * <p>Parsed with SnakeYAML's safe constructor (no arbitrary types), with alias, size and nesting
 * limits; front matter whose aliases expand it past {@code maxFrontMatterBytes} is refused whole
 * ({@code source.limit}), so that no later use of {@link #values()} can blow it up. The block is replaced by blank lines in {@link #body()} so that line numbers reported for
 * the Markdown stay those of the file.
 *
 * @param values the mapping (empty when there is no front matter or it is broken)
 * @param body   the page text with the block blanked out
 * @param problem a diagnostic for broken front matter, or null
 */
record FrontMatter(Map<String, Object> values, String body, Diagnostic problem) {

    static FrontMatter parse(String text, String displayPath, Limits limits) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return new FrontMatter(Map.of(), text, null);
        }
        List<String> lines = text.lines().toList();
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return new FrontMatter(Map.of(), text, Diagnostic.error(Rules.PARSE_FRONT_MATTER, displayPath, 1, 1,
                    "front matter starts with '---' but is never closed", "add a '---' line after the front matter"));
        }
        String yaml = String.join("\n", lines.subList(1, end));
        String body = "\n".repeat(end + 1) + String.join("\n", lines.subList(end + 1, lines.size()))
                + (text.endsWith("\n") ? "\n" : "");
        if (yaml.length() > limits.maxFrontMatterBytes()) {
            return new FrontMatter(Map.of(), body, Diagnostic.error(Rules.SOURCE_LIMIT, displayPath, 2, 1,
                    "front matter is larger than maxFrontMatterBytes (" + limits.maxFrontMatterBytes() + ")",
                    "shorten it or raise the limit"));
        }
        try {
            Object loaded = SafeYaml.threadLoader(limits).load(yaml);
            if (loaded == null) {
                return new FrontMatter(Map.of(), body, null);
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                return new FrontMatter(Map.of(), body, Diagnostic.error(Rules.PARSE_FRONT_MATTER, displayPath, 2, 1,
                        "front matter is not a mapping of keys to values", "write it as 'key: value' lines"));
            }
            if (SafeYaml.expandsPast(map, limits.maxFrontMatterBytes())) {
                return new FrontMatter(Map.of(), body, Diagnostic.error(Rules.SOURCE_LIMIT, displayPath, 2, 1,
                        "front matter expands past maxFrontMatterBytes (" + limits.maxFrontMatterBytes()
                                + ") through its YAML aliases", "write the values out instead of repeating them with *aliases"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) map;
            return new FrontMatter(values, body, null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            int line = mark == null ? 2 : mark.getLine() + 2;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            return new FrontMatter(Map.of(), body, Diagnostic.error(Rules.PARSE_FRONT_MATTER, displayPath, line, column,
                    "front matter is not valid YAML: " + firstLine(e.getProblem()), "fix the YAML syntax"));
        } catch (RuntimeException e) {
            return new FrontMatter(Map.of(), body, Diagnostic.error(Rules.PARSE_FRONT_MATTER, displayPath, 2, 1,
                    "front matter cannot be read: " + firstLine(e.getMessage()), "fix the YAML syntax"));
        }
    }

    /**
     * A text value, or null. Lists and mappings are not text: printing one could also expand YAML
     * aliases (50 of them can stand for millions of strings).
     */
    String string(String key) {
        String text = SafeYaml.scalarText(values.get(key));
        return text == null ? null : text.strip();
    }

    /** A whole number written as a number or as text, or null; like {@link #string}, never a list or mapping. */
    Integer integer(String key) {
        Object value = values.get(key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        String text = SafeYaml.scalarText(value);
        if (text != null) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown problem";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
