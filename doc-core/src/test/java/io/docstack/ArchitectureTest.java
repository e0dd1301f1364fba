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
 * Keeps the pipeline's shape: doc-core imports no Maven or servlet type, and no stage reaches back
 * into a later one (a stage may use the shared model and any earlier stage).
 */
class ArchitectureTest {

    /** Stages in pipeline order; a package may import only packages at or before its own position. */
    private static final List<String> ORDER = List.of("model", "config", "inventory", "source", "convert", "spec", "link", "external", "nav",
            "render", "search", "publish", "change", "report", "serve");
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
            String stage = MAIN.relativize(file).getName(0).toString();
            int own = ORDER.indexOf(stage);
            if (own < 0) {
                continue; // the root package composes every stage
            }
            String text = Files.readString(file);
            Matcher references = Pattern.compile("io\\.docstack\\.(\\w+)\\.").matcher(text);
            while (references.find()) {
                int other = ORDER.indexOf(references.group(1));
                if (other > own) {
                    offenders.add(MAIN.relativize(file) + " uses io.docstack." + references.group(1));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
