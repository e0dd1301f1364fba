package io.docstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;

/** Small helpers shared by the tests: writing docs folders, reading resource folders and trees. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Writes {@code path, content, path, content…} under {@code root}; returns root. */
    public static Path write(Path root, String... pathsAndContents) {
        if (pathsAndContents.length % 2 != 0) {
            throw new IllegalArgumentException("paths and contents come in pairs");
        }
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            write(root.resolve(pathsAndContents[i]), pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return root;
    }

    /**
     * YAML lines {@code l0} to {@code l16}, each a list of three aliases of the one before: 48
     * aliases, under the default maxYamlAliases, that stand for 3^16 (43 million) strings once
     * {@code *l16} is printed or copied.
     */
    public static String yamlAliasLevels() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [lol, lol, lol]\n");
        for (int level = 1; level <= 16; level++) {
            String previous = "*l" + (level - 1);
            yaml.append('l').append(level).append(": &l").append(level).append(" [").append(previous).append(", ")
                    .append(previous).append(", ").append(previous).append("]\n");
        }
        return yaml.toString();
    }

    public static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a zip at {@code zip} of {@code name, content, name, content…}, in that order; returns the zip. */
    public static Path zip(Path zip, String... namesAndContents) {
        try {
            Files.createDirectories(zip.getParent());
            try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                for (int i = 0; i < namesAndContents.length; i += 2) {
                    out.putNextEntry(new java.util.zip.ZipEntry(namesAndContents[i]));
                    out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip at {@code zip} of every file below {@code folder}, by its '/'-separated relative path. */
    public static Path zipFolder(Path folder, Path zip) {
        java.util.List<String> entries = new java.util.ArrayList<>();
        tree(folder).forEach((path, bytes) -> {
            entries.add(path);
            entries.add(new String(bytes, StandardCharsets.UTF_8));
        });
        return zip(zip, entries.toArray(String[]::new));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of {@code src/test/resources}. */
    public static Path resource(String name) {
        try {
            var url = TestFiles.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the files of the test resource folder {@code name} into {@code target}; returns {@code target}. */
    public static Path copyResource(String name, Path target) {
        Path from = resource(name);
        try (var walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return target;
    }

    /** The same folder in the source tree, for tests that rewrite expected files. */
    public static Path sourceResource(String name) {
        return Path.of("src/test/resources").resolve(name).toAbsolutePath();
    }

    /** A project named {@code name}, version 1.0, titled after its name. */
    public static ProjectConfig project(String name, Path docs) {
        return new ProjectConfig(name, Character.toUpperCase(name.charAt(0)) + name.substring(1), null, "1.0", docs, null);
    }

    /** A configuration for one docs folder with deterministic, small settings. */
    public static SiteConfig.Builder site(Path baseDir, Path output) {
        return SiteConfig.builder(baseDir).title("Test Docs").output(output).threads(2);
    }

    /** Every regular file below {@code root} by its '/'-separated relative path, with its bytes. */
    public static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
