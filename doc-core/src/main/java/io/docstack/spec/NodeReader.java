package io.docstack.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import io.docstack.model.Diagnostic;
import io.docstack.model.Utf8Text;
import io.docstack.model.Rules;

/**
 * Reads one YAML or JSON file into a {@link Node} tree with Jackson's streaming parser: no data
 * binding, no OpenAPI library, one pass, positions on every value. Duplicate keys, unknown aliases,
 * files past {@link #MAX_FILE_BYTES}, nesting past {@link #MAX_NESTING} and more aliases than the
 * site's {@code Limits.maxYamlAliases} are {@code spec.parse} problems, never exceptions. Thread-safe (the factories are; each call has its own parser).
 */
final class NodeReader {

    /**
     * Largest spec file read. Not {@code Limits.maxFileBytes}: that one is sized for pages (4 MiB),
     * while generated specs are legitimately large (OpenStack compute is 1.6 MB).
     */
    static final long MAX_FILE_BYTES = 50L << 20;
    /**
     * Deepest nesting of mappings and lists. Real specs stay under 40 even with per-microversion
     * {@code oneOf}s; the limit keeps a hostile file from exhausting the stack of later stages.
     */
    static final int MAX_NESTING = 200;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    /** The tree of a file, or the problem that kept it from being read. */
    record Parsed(Node root, Diagnostic problem) {
    }

    private NodeReader() {
    }

    /**
     * @param maxAliases most alias uses ({@code *name}) the file may hold. Aliases are shared nodes
     *                   here, but whatever copies values out (examples, extensions, enums) expands
     *                   them: eight nested aliases of a 900-byte file made a 544 MB example.
     */
    static Parsed read(Path file, String displayPath, int maxAliases) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return failed(displayPath, 0, 0, "spec file is " + (size >> 20) + " MiB, larger than the "
                        + (MAX_FILE_BYTES >> 20) + " MiB limit", "split it into files joined with $ref");
            }
            return parse(Files.readAllBytes(file), isJson(file), displayPath, maxAliases);
        } catch (IOException e) {
            return failed(displayPath, 0, 0, "cannot read the spec file: " + e, "check that the file exists and is readable");
        }
    }

    static Parsed parse(byte[] content, boolean json, String displayPath, int maxAliases) {
        // Decoded here, not by Jackson: it guesses UTF-16 or UTF-32 from NULs, and names its exception for a bad byte.
        Utf8Text text = Utf8Text.decode(content);
        if (!text.valid()) {
            return failed(displayPath, text.line(), text.column(), text.problem("the spec file"), Utf8Text.HINT);
        }
        try (JsonParser parser = (json ? JSON : YAML).createParser(text.text())) {
            Builder builder = new Builder(parser, displayPath, maxAliases);
            if (parser.nextToken() == null) {
                return failed(displayPath, 1, 1, "the spec file is empty", "write an OpenAPI document (openapi: 3.1.0, info, paths)");
            }
            return new Parsed(builder.value(0), null);
        } catch (Problem problem) {
            return new Parsed(null, problem.diagnostic);
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            return failed(displayPath, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                    (json ? "JSON" : "YAML") + " syntax error: " + syntaxMessage(e),
                    json ? "look for a missing or extra comma, quote or bracket here or just before"
                            : "check the indentation and quoting here and on the line before");
        } catch (IOException e) {
            return failed(displayPath, 0, 0, "cannot read the spec file: " + e, "check that the file is UTF-8 " + (json ? "JSON" : "YAML"));
        }
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's default (3 MB) is below our own file limit; ours decides.
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        return options;
    }

    private static Parsed failed(String displayPath, int line, int column, String message, String hint) {
        return new Parsed(null, Diagnostic.error(Rules.SPEC_PARSE, displayPath, line, column, message, hint));
    }

    /**
     * SnakeYAML's problem ("expected &lt;block end&gt;, but found …") and context ("while parsing a
     * block mapping"), without the excerpt and caret it adds below: the position says where.
     */
    private static String syntaxMessage(StreamReadException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                return marked.getProblem() + (marked.getContext() == null ? "" : " (" + marked.getContext() + ")");
            }
        }
        String message = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** A problem found while building the tree; unwinds the recursion only, never leaves the reader. */
    private static final class Problem extends RuntimeException {
        final transient Diagnostic diagnostic;

        Problem(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    /** Builds the tree from the token stream; YAML anchors are shared nodes (aliases are not copied). */
    private static final class Builder {
        private final JsonParser parser;
        private final String displayPath;
        private final Map<String, Node> anchors = new HashMap<>();
        private final int maxAliases;
        private int aliases;

        Builder(JsonParser parser, String displayPath, int maxAliases) {
            this.parser = parser;
            this.displayPath = displayPath;
            this.maxAliases = maxAliases;
        }

        /** The value whose first token is current. */
        Node value(int depth) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            if (depth > MAX_NESTING) {
                throw problem(line, column, "nesting deeper than " + MAX_NESTING + " levels",
                        "flatten the document with components and $ref");
            }
            String anchor = parser instanceof YAMLParser yaml ? yaml.getObjectId() : null;
            Node node = switch (parser.currentToken()) {
                case START_OBJECT -> mapping(depth, line, column);
                case START_ARRAY -> list(depth, line, column);
                default -> scalar(line, column);
            };
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private Node mapping(int depth, int line, int column) throws IOException {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                Node.Entry entry = new Node.Entry(value(depth + 1), keyAt.getLineNr(), keyAt.getColumnNr());
                Node.Entry first = entries.putIfAbsent(key, entry);
                if (first != null) {
                    throw problem(entry.line(), entry.column(), "duplicate key '" + key + "' (first at line " + first.line() + ")",
                            "remove one of them or merge their contents");
                }
            }
            return new Node.MapNode(entries, line, column);
        }

        private Node list(int depth, int line, int column) throws IOException {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(depth + 1));
            }
            return new Node.ListNode(items, line, column);
        }

        private Node scalar(int line, int column) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING && parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                Node target = anchors.get(parser.getText());
                if (target == null) {
                    throw problem(line, column, "alias *" + parser.getText() + " refers to no anchor defined before it",
                            "define &" + parser.getText() + " earlier in the file");
                }
                if (++aliases > maxAliases) {
                    throw problem(line, column, "too many YAML aliases (*name): more than " + maxAliases
                            + ", limit " + maxAliases, "share parts of the spec with components and $ref instead");
                }
                return target;
            }
            Object value = switch (token) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> parser.getText();
            };
            String text = value instanceof String string ? string : token == JsonToken.VALUE_NULL ? "null" : parser.getText();
            return new Node.Scalar(value, text, line, column);
        }

        private Problem problem(int line, int column, String message, String hint) {
            return new Problem(Diagnostic.error(Rules.SPEC_PARSE, displayPath, line, column, message, hint));
        }
    }
}
