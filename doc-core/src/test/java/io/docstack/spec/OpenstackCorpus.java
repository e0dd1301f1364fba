package io.docstack.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.docstack.config.AnchorStyle;
import io.docstack.config.ProjectConfig;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.ProjectSources.SpecSource;

/**
 * The OpenStack specs corpus ({@code openapi-openstack}, not part of this repository) as a catalog:
 * one project per service, one version per spec file ({@code specs/image/v2.16.yaml} is project
 * {@code image} version {@code v2.16}), each file named in the configuration. Shared by
 * {@link OpenstackSpecsTest} and the load-time benchmark.
 */
public final class OpenstackCorpus {

    private OpenstackCorpus() {
    }

    /**
     * {@code <docstack.corpora>/openapi-openstack} when the property is set, else
     * {@code shared/corpora/openapi-openstack} in the working folder or one of its parents (from
     * doc-core of a clone or worktree: {@code ../../shared/corpora}); empty when absent.
     */
    public static Optional<Path> locate() {
        return io.docstack.corpora.Corpora.locate("openapi-openstack", "specs");
    }

    /** Every {@code specs/<service>/<version>.yaml} as its own project version, sorted. */
    public static Catalog catalog(Path corpus) {
        Path specs = corpus.resolve("specs");
        try (Stream<Path> files = Files.walk(specs)) {
            List<ProjectSources> projects = files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .map(file -> project(specs, file)).toList();
            return new Catalog(projects, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProjectSources project(Path specs, Path file) {
        String service = file.getParent().getFileName().toString();
        String version = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        String display = specs.relativize(file).toString().replace('\\', '/');
        ProjectConfig config = new ProjectConfig(service, null, null, version, file.getParent(), null, AnchorStyle.GITHUB,
                List.of(file));
        return new ProjectSources(config, List.of(), null, List.of(new SpecSource(file, display, true)));
    }
}
