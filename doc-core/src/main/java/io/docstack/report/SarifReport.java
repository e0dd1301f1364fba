package io.docstack.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Rules.Rule;
import io.docstack.model.Severity;

/**
 * Writes diagnostics as a SARIF 2.1.0 log, the format of GitHub code scanning, GitLab and IDE
 * viewers. One run; the driver lists every rule of {@link Rules#ALL} (then any other rule id that
 * occurs, alphabetically), and each result points at its rule by id and index, has a level
 * (error, warning, note), the message with its hint, a location relative to the repository root
 * ({@code uriBaseId} {@value #SRCROOT}, percent-encoded; a region only when the line is known) and
 * the {@link Fingerprint} as {@code partialFingerprints["docstack/v1"]}. The same input gives the
 * same bytes. Stateless and thread-safe.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "docstack/v1";
    static final String INFORMATION_URI = "https://github.com/docstack/docstack";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SarifReport() {
    }

    /**
     * Writes the SARIF log to {@code file}, replacing it whole and creating missing folders.
     *
     * @param diagnostics  the diagnostics of a run, in any order
     * @param repoPrefix   path of the build's base folder inside the repository, "" when it is the
     *                     root (e.g. {@code docs-site/}); prepended to every diagnostic's file
     * @param toolVersion  Docstack's version, or null when unknown (then left out)
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, List<Diagnostic> diagnostics, String repoPrefix, String toolVersion) {
        ReportFiles.write(file, Json.pretty(log(diagnostics, RepoPath.withPrefix(repoPrefix), toolVersion)));
    }

    static ObjectNode log(List<Diagnostic> diagnostics, RepoPath repo, String toolVersion) {
        List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
        List<String> fingerprints = Fingerprint.of(sorted);
        Map<String, Severity> rules = rules(sorted);
        Map<String, Integer> ruleIndex = new HashMap<>();
        rules.keySet().forEach(id -> ruleIndex.put(id, ruleIndex.size()));

        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Docstack");
        driver.put("informationUri", INFORMATION_URI);
        if (toolVersion != null) {
            driver.put("version", toolVersion);
        }
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach((id, severity) -> ruleNodes.add(rule(id, severity)));
        run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
                .put("text", "The root of the repository");
        ArrayNode results = run.putArray("results");
        for (int i = 0; i < sorted.size(); i++) {
            Diagnostic diagnostic = sorted.get(i);
            results.add(result(diagnostic, ruleIndex.get(diagnostic.rule()), fingerprints.get(i), repo));
        }
        return log;
    }

    /** Rule ids with their default level: Docstack's rules in catalog order, then unknown ones. */
    private static Map<String, Severity> rules(List<Diagnostic> diagnostics) {
        Map<String, Severity> rules = new LinkedHashMap<>();
        for (Rule rule : Rules.ALL) {
            rules.put(rule.id(), rule.severity());
        }
        Map<String, Severity> unknown = new TreeMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (!rules.containsKey(diagnostic.rule())) {
                // The most severe level seen stands in for a default we do not know.
                unknown.merge(diagnostic.rule(), diagnostic.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        rules.putAll(unknown);
        return rules;
    }

    private static ObjectNode rule(String id, Severity severity) {
        ObjectNode rule = NODES.objectNode();
        rule.put("id", id);
        String description = Rules.byId(id).map(Rule::description).orElse(id);
        rule.putObject("shortDescription").put("text", description);
        rule.putObject("defaultConfiguration").put("level", level(severity));
        return rule;
    }

    private static ObjectNode result(Diagnostic diagnostic, int ruleIndex, String fingerprint, RepoPath repo) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", diagnostic.rule());
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(diagnostic.severity()));
        result.putObject("message").put("text", text(diagnostic));
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.set("artifactLocation", artifactLocation(diagnostic.file(), repo));
        if (diagnostic.line() > 0) {
            // SARIF positions are 1-based; 0 means "unknown" in a Diagnostic, so no region at all.
            ObjectNode region = physical.putObject("region");
            region.put("startLine", diagnostic.line());
            if (diagnostic.column() > 0) {
                region.put("startColumn", diagnostic.column());
            }
        }
        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint);
        return result;
    }

    private static ObjectNode artifactLocation(String file, RepoPath repo) {
        ObjectNode location = NODES.objectNode();
        if (RepoPath.isAbsolute(file)) {
            // Outside the repository (a baseline given by absolute path): an absolute URI, no base.
            location.put("uri", Uris.fileUri(file));
        } else {
            location.put("uri", Uris.escapePath(repo.path(file)));
            location.put("uriBaseId", SRCROOT);
        }
        return location;
    }

    private static String text(Diagnostic diagnostic) {
        String hint = diagnostic.hint();
        return hint == null || hint.isBlank() ? diagnostic.message() : diagnostic.message() + " (" + hint + ")";
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
