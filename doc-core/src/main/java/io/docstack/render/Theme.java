package io.docstack.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import io.docstack.model.SitePath;

/**
 * The templates and assets of a site: the default theme, overridden file by file by a user's
 * theme folder ({@code templates/*.peb}, {@code assets/*}). A user template may also extend the
 * default one and override single blocks. Templates are compiled once; thread-safe.
 */
final class Theme {

    static final String CLASSPATH_ROOT = "io/docstack/theme/default/";

    private final PebbleEngine engine;
    private final Path overrideDir;

    Theme(Path overrideDir) {
        this.overrideDir = overrideDir;
        List<Loader<?>> loaders = new ArrayList<>();
        if (overrideDir != null && Files.isDirectory(overrideDir.resolve("templates"))) {
            FileLoader user = new FileLoader();
            user.setPrefix(overrideDir.resolve("templates").toAbsolutePath().toString());
            loaders.add(user);
        }
        ClasspathLoader builtIn = new ClasspathLoader(Theme.class.getClassLoader());
        builtIn.setPrefix(CLASSPATH_ROOT + "templates");
        loaders.add(builtIn);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(false)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    String render(String template, Map<String, Object> context) {
        PebbleTemplate compiled = engine.getTemplate(template);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            compiled.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Every asset of the theme by its path under {@code _docstack/}; user assets win. */
    Map<SitePath, byte[]> assets() {
        Map<SitePath, byte[]> assets = new TreeMap<>();
        readTree(builtInAssets(), assets);
        if (overrideDir != null && Files.isDirectory(overrideDir.resolve("assets"))) {
            readTree(overrideDir.resolve("assets"), assets);
        }
        return assets;
    }

    private static void readTree(Path root, Map<SitePath, byte[]> into) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
                into.put(SitePath.of(relative), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme assets in " + root, e);
        }
    }

    /** The default theme's asset folder, inside its jar or on disk (tests, IDE). */
    private static Path builtInAssets() {
        URL url = Theme.class.getClassLoader().getResource(CLASSPATH_ROOT + "assets");
        if (url == null) {
            throw new IllegalStateException("default theme is not on the classpath: " + CLASSPATH_ROOT);
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = newFileSystem(uri);
                }
                return jar.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized FileSystem newFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
