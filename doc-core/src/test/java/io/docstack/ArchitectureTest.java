package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's shape: doc-core imports no Maven or servlet type; no stage reaches back into
 * a later one (a stage may use the shared model and any earlier stage), so none uses the
 * {@code pipeline} that runs them, nor the uses ({@code build}, {@code check}, {@code serve}) built
 * on it; nothing uses the root package, the facade; and the Maven plugin uses only the API packages.
 */
class ArchitectureTest {

    /** Stages in pipeline order; a package may import only packages at or before its own position. */
    private static final List<String> ORDER = List.of("model", "config", "inventory", "source", "convert", "spec", "link", "external", "nav",
            "render", "search", "publish", "change", "report", "pipeline", "build", "check", "serve");
    /** The packages whose public types are Docstack's API (root is the facade); every other one is internal. */
    private static final List<String> API = List.of("", "config", "model", "build", "check", "serve", "search", "report");
    private static final Path PLUGIN = Path.of("../doc-maven-plugin/src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Path MAIN = Path.of("src/main/java/io/docstack");

    @Test
    void coreImportsNoMavenOrServletTypes() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            Matcher imports = IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                String imported = imports.group(1);
                if (imported.startsWith("org.apache.maven") || imported.startsWith("javax.servlet")
                        || imported.startsWith("jakarta.servlet") || imported.startsWith("org.codehaus.plexus")) {
                    offenders.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noStageImportsALaterStage() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            Path relative = MAIN.relativize(file);
            if (relative.getNameCount() == 1) {
                continue; // the root package, the facade, may use every package
            }
            String stage = relative.getName(0).toString();
            int own = ORDER.indexOf(stage);
            assertThat(own).as("%s is in a package that ORDER lists", relative).isNotNegative();
            String text = Files.readString(file);
            Matcher references = Pattern.compile("io\\.docstack\\.(\\w+)").matcher(text);
            while (references.find()) {
                int other = ORDER.indexOf(references.group(1));
                if (other > own || other < 0 && Character.isUpperCase(references.group(1).charAt(0))) {
                    offenders.add(MAIN.relativize(file) + " uses io.docstack." + references.group(1));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theMavenPluginUsesOnlyTheApiPackages() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources(PLUGIN)) {
            Matcher references = Pattern.compile("io\\.docstack\\.(\\w+)").matcher(Files.readString(file));
            while (references.find()) {
                String used = references.group(1);
                String in = Character.isUpperCase(used.charAt(0)) ? "" : used;
                if (!used.equals("maven") && !API.contains(in)) {
                    offenders.add(PLUGIN.relativize(file) + " uses io.docstack." + used);
                }
            }
        }
        assertThat(sources(PLUGIN)).isNotEmpty();
        assertThat(offenders).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        return sources(MAIN);
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
