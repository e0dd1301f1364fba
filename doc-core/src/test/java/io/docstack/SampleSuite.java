package io.docstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;

/**
 * The sample suite ({@code samples/cloud-suite}): its projects, copied (each project's
 * {@code src}, docs and specs) so that tests can change them and nothing is written next to the
 * samples, and a site configuration over the copy.
 */
public final class SampleSuite {

    public static final Path SUITE = Path.of("../samples/cloud-suite").toAbsolutePath().normalize();
    /** Name, version and docs folder of each project. */
    private static final List<String[]> PROJECTS = List.of(
            new String[] {"getting-started", "2025.1", "getting-started"},
            new String[] {"compute", "2.4", "compute/src/docs"},
            new String[] {"network", "1.9", "network/src/docs"},
            new String[] {"identity", "3.0", "identity/src/docs"},
            new String[] {"image", "2.1", "image/src/docs"},
            new String[] {"block-storage", "1.2", "block-storage/src/docs"});

    private SampleSuite() {
    }

    /** Copies every project's sources into {@code copy}; returns {@code copy}. */
    public static Path copyTo(Path copy) {
        try {
            for (String[] project : PROJECTS) {
                String folder = project[2].replace("src/docs", "src");
                Path from = SUITE.resolve(folder);
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Path to = copy.resolve(folder).resolve(from.relativize(file).toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** A site over the copy in {@code copy}, writing to {@code copy/target/site}, with every project. */
    public static SiteConfig.Builder site(Path copy) {
        SiteConfig.Builder config = TestFiles.site(copy, copy.resolve("target/site"));
        for (String[] project : PROJECTS) {
            config.project(new ProjectConfig(project[0], project[0], null, project[1], copy.resolve(project[2]), null));
        }
        return config;
    }
}
