package io.docstack.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.docstack.model.Diagnostic;
import io.docstack.model.Utf8Text;
import io.docstack.model.Rules;

/** The JSON form of a {@link Baseline}: parsing with user-facing errors, and writing. */
final class BaselineFile {

    static final String TOOL = "docstack";
    static final String REGENERATE = "regenerate it with mvn doc:check -Ddoc.check.writeBaseline";
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}:\\d+");

    private BaselineFile() {
    }

    /** One line of the file; only {@code fingerprint} matters when a baseline is applied. */
    private record Entry(String fingerprint, String rule, String file, String message, int occurrence) {
        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
                .thenComparing(Entry::rule)
                .thenComparing(Entry::message)
                .thenComparingInt(Entry::occurrence);
    }

    static Baseline.Read read(Path file) {
        String shown = file.toString().replace('\\', '/');
        if (Files.isDirectory(file)) {
            return unreadable(shown, 0, 0, "the baseline is a folder, not a file", "point doc.check.baseline at a file");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return unreadable(shown, 0, 0, "the baseline file does not exist",
                    "create it with mvn doc:check -Ddoc.check.writeBaseline, or check the path");
        } catch (AccessDeniedException e) {
            return unreadable(shown, 0, 0, "the baseline file cannot be read: permission denied", "make it readable");
        } catch (IOException e) {
            return unreadable(shown, 0, 0, "the baseline file cannot be read: " + e, "make it readable");
        }
        // Decoded here, not by Jackson: it would take '{' and three NULs for UTF-32, and say so with its exception's name.
        Utf8Text text = Utf8Text.decode(content);
        if (!text.valid()) {
            return unreadable(shown, text.line(), text.column(), text.problem("the baseline"), Utf8Text.HINT);
        }
        JsonNode root;
        try (JsonParser parser = Json.MAPPER.createParser(text.text())) {
            root = Json.MAPPER.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                return syntaxError(shown, parser.currentTokenLocation(), "more text after the end of the JSON value");
            }
        } catch (JsonProcessingException e) {
            return syntaxError(shown, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            return unreadable(shown, 0, 0, "the baseline file cannot be read: " + e, REGENERATE);
        }
        if (root == null || root.isMissingNode()) {
            return unreadable(shown, 0, 0, "the baseline file is empty", REGENERATE);
        }
        String wrong = shapeError(root);
        if (wrong != null) {
            return unreadable(shown, 0, 0, "the file is not a Docstack baseline: " + wrong, REGENERATE);
        }
        TreeSet<String> fingerprints = new TreeSet<>();
        root.get("problems").forEach(problem -> fingerprints.add(problem.get("fingerprint").asText()));
        return new Baseline.Loaded(new Baseline(fingerprints));
    }

    private static Baseline.Unreadable syntaxError(String file, JsonLocation at, String what) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = line == 0 ? 0 : Math.max(0, at.getColumnNr());
        return unreadable(file, line, column, "the baseline is not valid JSON: " + what, "fix the file or " + REGENERATE);
    }

    /** What is wrong with the structure of a parsed file, or null when it is a baseline. */
    private static String shapeError(JsonNode root) {
        if (!root.isObject()) {
            return "expected a JSON object, found " + kind(root);
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            return "no \"version\" number";
        }
        if (!version.canConvertToInt() || version.intValue() != Baseline.VERSION) {
            return "version " + version.asText() + " is not supported (this Docstack reads version " + Baseline.VERSION + ")";
        }
        JsonNode problems = root.get("problems");
        if (problems == null || !problems.isArray()) {
            return "no \"problems\" array";
        }
        for (int i = 0; i < problems.size(); i++) {
            JsonNode fingerprint = problems.get(i).get("fingerprint");
            if (fingerprint == null || !fingerprint.isTextual() || !FINGERPRINT.matcher(fingerprint.asText()).matches()) {
                return "problems[" + i + "] has no \"fingerprint\" of the form <32 hex digits>:<number>";
            }
        }
        return null;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static Baseline.Unreadable unreadable(String file, int line, int column, String message, String hint) {
        return new Baseline.Unreadable(Diagnostic.error(Rules.CHECK_BASELINE, file, line, column, message, hint));
    }

    static byte[] json(List<Diagnostic> diagnostics) {
        List<String> fingerprints = Fingerprint.of(diagnostics);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            if (Baseline.isBaselined(d)) {
                String fingerprint = fingerprints.get(i);
                int occurrence = Integer.parseInt(fingerprint.substring(fingerprint.indexOf(':') + 1));
                entries.add(new Entry(fingerprint, d.rule(), d.file(), d.message(), occurrence));
            }
        }
        entries.sort(Entry.ORDER);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", Baseline.VERSION);
        root.put("tool", TOOL);
        ArrayNode problems = root.putArray("problems");
        for (Entry entry : entries) {
            problems.addObject()
                    .put("fingerprint", entry.fingerprint())
                    .put("rule", entry.rule())
                    .put("file", entry.file())
                    .put("message", entry.message());
        }
        return Json.pretty(root);
    }
}
