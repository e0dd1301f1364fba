package io.docstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;

/**
 * A golden case folder: {@code input/<project>/<version>/} docs folders, each with its OpenAPI
 * specs in an optional {@code input/<project>/<version>.openapi/}, an optional
 * {@code input/site.properties} ({@code title}, {@code siteUrl}, {@code minApiCoverage},
 * {@code <project>.title}, {@code <project>.description}, {@code <project>.editUrl}), and
 * {@code expected/}.
 */
record GoldenCase(String name, Path folder) {

    /** Suffix of a version's spec folder. */
    private static final String SPECS = ".openapi";

    /**
     * Every case under {@code root}, by name: the folders with an {@code input/}. The others hold
     * expected files of tests that build their input in code ({@code api/}: reference pages).
     */
    static List<GoldenCase> all(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isDirectory(f.resolve("input"))).sorted()
                    .map(f -> new GoldenCase(f.getFileName().toString(), f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path input() {
        return folder.resolve("input");
    }

    Path expected() {
        return folder.resolve("expected");
    }

    /** The case's site, written to {@code output}; projects in name and version order. */
    SiteConfig.Builder config(Path output) {
        Properties site = new Properties();
        Path properties = input().resolve("site.properties");
        if (Files.exists(properties)) {
            try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                site.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SiteConfig.Builder config = TestFiles.site(input(), output)
                .title(site.getProperty("title"))
                .siteUrl(site.getProperty("siteUrl"))
                .minApiCoverage(Double.parseDouble(site.getProperty("minApiCoverage", "0")));
        for (Path project : folders(input())) {
            String name = project.getFileName().toString();
            for (Path version : folders(project)) {
                if (version.getFileName().toString().endsWith(SPECS)) {
                    continue;
                }
                Path specs = version.resolveSibling(version.getFileName() + SPECS);
                config.project(new ProjectConfig(name, site.getProperty(name + ".title"),
                        site.getProperty(name + ".description"), version.getFileName().toString(), version,
                        site.getProperty(name + ".editUrl"), null, Files.isDirectory(specs) ? List.of(specs) : List.of()));
            }
        }
        return config;
    }

    private static List<Path> folders(Path parent) {
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
