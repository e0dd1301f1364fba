package io.docstack.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules that keep Docstack from deleting what it did not write. A build replaces its output
 * folder whole, so the output must not be, hold, or lie inside anything the build reads, and a
 * folder that already exists is replaced only when Docstack wrote it: it holds the {@link #MARKER}
 * file that every site and search index Docstack writes has (or, for sites written before the
 * marker existed, the link inventory every such site has; for search indexes, Lucene's
 * {@code segments_N} file). Stateless; thread-safe.
 */
public final class OutputFolder {

    /** The file at the root of every folder Docstack writes and may later replace. */
    public static final String MARKER = ".docstack-site";

    private static final byte[] MARKER_TEXT = ("This folder was written by Docstack. Each build replaces it whole;\n"
            + "do not keep other files in it.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private OutputFolder() {
    }

    /**
     * Checks that {@code output} may be replaced by a build in {@code baseDir} that reads {@code
     * inputs} (a label such as "the docs folder of project compute" for each folder or file read).
     * The output may lie inside the base folder ({@code target/site}) but not inside an input.
     *
     * @throws IllegalArgumentException naming the conflict and how to fix it; nothing has been
     *                                  written or deleted then
     */
    public static void verify(Path output, Path baseDir, Map<String, Path> inputs) {
        Path target = real(output);
        Path base = real(baseDir);
        if (base.startsWith(target)) {
            throw refused(output, (base.equals(target) ? "is" : "holds") + " the base folder (" + baseDir + ")");
        }
        inputs.forEach((label, input) -> {
            Path read = real(input);
            if (read.startsWith(target)) {
                throw refused(output, (read.equals(target) ? "is " : "holds ") + label + " (" + input + ")");
            }
            if (target.startsWith(read) && Files.isDirectory(read)) {
                throw refused(output, "lies inside " + label + " (" + input + "), so the next build would read the site",
                        "outside it");
            }
        });
        requireReplaceable(output);
    }

    /**
     * Checks that the folders a build of {@code config} writes (its output and those beside it:
     * the search index, the failed site) may be replaced: none is, holds or lies inside a docs
     * folder, spec, theme, Antora root, local git repository, bundle or inventory the build reads,
     * nor is or holds the base folder, and each is absent, empty or written by Docstack.
     *
     * @throws IllegalArgumentException naming the conflict; nothing has been written or deleted then
     */
    public static void verify(io.docstack.config.SiteConfig config, List<Path> written) {
        Map<String, Path> inputs = inputs(config);
        for (Path folder : written) {
            verify(folder, config.baseDir(), inputs);
        }
    }

    /**
     * Checks that the docs bundle {@code zip} may be written by {@code doc:bundle} of {@code
     * config}: it is not, and does not lie inside, anything the build reads, and an existing file
     * there is a bundle Docstack wrote (its first zip entry is {@code bundleEntry}).
     *
     * @throws IllegalArgumentException naming the conflict; nothing has been written then
     */
    public static void verifyBundle(io.docstack.config.SiteConfig config, Path zip, String bundleEntry) {
        Path target = real(zip);
        inputs(config).forEach((label, input) -> {
            Path read = real(input);
            if (target.startsWith(read)) {
                throw refusedFile(zip, (target.equals(read) ? "is " : "lies inside ") + label + " (" + input + ")");
            }
        });
        if (Files.isDirectory(zip)) {
            throw refusedFile(zip, "is a folder");
        }
        if (Files.exists(zip) && !startsWithEntry(zip, bundleEntry)) {
            throw refusedFile(zip, "exists and is not a docs bundle Docstack wrote");
        }
    }

    /** Whether the zip's first local header names {@code entry}, as every bundle Docstack writes does. */
    private static boolean startsWithEntry(Path zip, String entry) {
        byte[] name = entry.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] head = new byte[30 + name.length];
        try (var in = Files.newInputStream(zip)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + zip, e);
        }
        return head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                && java.util.Arrays.equals(head, 30, head.length, name, 0, name.length);
    }

    private static IllegalArgumentException refusedFile(Path zip, String why) {
        return new IllegalArgumentException("docs bundle file " + zip + " " + why + "; Docstack refuses to replace what "
                + "it did not write. Choose a file of its own, such as target/<name>-docs.zip (nothing was written)");
    }

    /** Every folder and file {@code config} names to read, labelled for the user. */
    static Map<String, Path> inputs(io.docstack.config.SiteConfig config) {
        Map<String, Path> inputs = new java.util.LinkedHashMap<>();
        Path base = config.baseDir();
        for (var project : config.projects()) {
            String of = " of project " + project.name() + " " + project.version();
            inputs.put("the docs folder" + of, project.docs());
            project.specLocations().forEach(spec -> inputs.put("the spec " + spec.getFileName() + of, spec));
        }
        if (config.themeDir() != null) {
            inputs.put("the theme folder", config.themeDir());
        }
        // Antora reads a content root's antora.yml and modules/ only: a root that is the repository
        // itself (a playbook's "url: ./") may hold target/site, as it does under Antora.
        config.antoraSources().forEach(root -> {
            String of = " of the Antora content root " + root.getFileName();
            inputs.put("the modules folder" + of, root.resolve("modules"));
            inputs.put("the antora.yml" + of, root.resolve("antora.yml"));
        });
        config.gitSources().stream().filter(git -> !git.remote())
                .forEach(git -> inputs.put("the git repository " + git.repository(), base.resolve(git.repository())));
        config.bundles().stream().filter(bundle -> bundle.file() != null)
                .forEach(bundle -> inputs.put("the docs bundle " + bundle.label(), bundle.file()));
        config.inventories().stream().filter(location -> !location.matches("(?i)https?://.*"))
                .forEach(location -> inputs.put("the inventory " + location, base.resolve(location)));
        return inputs;
    }

    /**
     * Checks that the existing folder at {@code output}, if any, is empty or one Docstack wrote.
     *
     * @throws IllegalArgumentException when it is a file or a folder Docstack did not write
     */
    public static void requireReplaceable(Path output) {
        if (!Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw refused(output, "exists and is not a folder");
        }
        if (!isEmpty(output) && !writtenByDocstack(output)) {
            throw refused(output, "is a folder that Docstack did not write (it has no " + MARKER + " file) and is not empty");
        }
    }

    /** Writes the marker into a folder Docstack is about to fill. */
    static void mark(Path folder) throws IOException {
        Files.write(folder.resolve(MARKER), MARKER_TEXT);
    }

    private static boolean writtenByDocstack(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER)) || Files.isRegularFile(folder.resolve("docstack-inventory.json"))
                || holds(folder, file -> file.getFileName().toString().matches("segments_[0-9a-z]+"));
    }

    private static boolean isEmpty(Path folder) {
        return !holds(folder, file -> true);
    }

    /** Whether a file directly in {@code folder} matches {@code test}. */
    private static boolean holds(Path folder, java.util.function.Predicate<Path> test) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(test);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    private static IllegalArgumentException refused(Path output, String why) {
        return refused(output, why, "such as target/site");
    }

    private static IllegalArgumentException refused(Path output, String why, String where) {
        return new IllegalArgumentException("output folder " + output + " " + why + "; Docstack replaces its output "
                + "folder whole and refuses to delete what it did not write. Choose a folder of its own, " + where
                + " (nothing was written or deleted)");
    }

    /**
     * The absolute, normalized path with symbolic links of its existing part resolved, so that a
     * link cannot hide that two paths are the same folder.
     */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
