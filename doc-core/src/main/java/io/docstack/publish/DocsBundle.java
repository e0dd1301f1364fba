package io.docstack.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.docstack.config.ProjectConfig;
import io.docstack.inventory.Inventory;
import io.docstack.inventory.InventoryFiles;
import io.docstack.model.WholeFile;
import io.docstack.source.BundleDescriptor;

/**
 * Writes one project's docs bundle: the zip that {@code doc:bundle} attaches to the build with
 * classifier {@code docs}, so that {@code mvn deploy} publishes it and a site elsewhere can be
 * assembled from it. It holds {@link BundleDescriptor#FILE_NAME} (the project), the whole docs
 * folder under {@code docs/} (hidden {@code .} files left out; {@code _} partials kept, pages
 * include them), the spec locations under {@code openapi/} (a named file by its name, a folder's
 * files by their path in it) and the project's link inventory. Entries are sorted and dated
 * 1980-01-01, so that the same sources always give the same bytes; the zip is written beside its
 * place and moved there, so that it is never half-written.
 */
public final class DocsBundle {

    /** The earliest time a zip entry can hold: fixed, for reproducible bundles. */
    private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L + 2_000);

    private DocsBundle() {
    }

    /** Writes the bundle of {@code project}, with its {@code inventory}, to {@code zip}. */
    public static void write(ProjectConfig project, Inventory inventory, Path zip) {
        Map<String, Path> files = new TreeMap<>();
        add(project.docs(), BundleDescriptor.DOCS + "/", files);
        for (Path location : project.specLocations()) {
            if (Files.isRegularFile(location)) {
                files.putIfAbsent(BundleDescriptor.SPECS + "/" + location.getFileName(), location);
            } else if (Files.isDirectory(location)) {
                add(location, BundleDescriptor.SPECS + "/", files);
            }
        }
        try {
            WholeFile.write(zip, stream -> {
                try (ZipOutputStream out = new ZipOutputStream(stream)) {
                    entry(out, BundleDescriptor.FILE_NAME, BundleDescriptor.of(project).toJson());
                    entry(out, Inventory.FILE_NAME, InventoryFiles.toJson(inventory));
                    for (Map.Entry<String, Path> file : files.entrySet()) {
                        entry(out, file.getKey(), Files.readAllBytes(file.getValue()));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the docs bundle " + zip, e);
        }
    }

    /** The files under {@code folder}, by their entry name; hidden files and folders are left out. */
    private static void add(Path folder, String prefix, Map<String, Path> files) {
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".") && !relative.contains("/.")) {
                    files.putIfAbsent(prefix + relative, file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FIXED_TIME);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }
}
