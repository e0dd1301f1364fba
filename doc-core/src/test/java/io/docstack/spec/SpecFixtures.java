package io.docstack.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.docstack.config.AnchorStyle;
import io.docstack.config.ProjectConfig;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.ProjectSources.SpecSource;

/** Catalogs built by hand around spec files, as the source stage would build them. */
final class SpecFixtures {

    static final Path FIXTURES = Path.of("src/test/resources/specs");

    private SpecFixtures() {
    }

    /** A fixture file, shown in diagnostics as {@code specs/<name>}. */
    static SpecSource named(String name) {
        return new SpecSource(FIXTURES.resolve(name).toAbsolutePath(), "specs/" + name, true);
    }

    /** A fixture file found in a spec folder (it may be a fragment). */
    static SpecSource found(String name) {
        return new SpecSource(FIXTURES.resolve(name).toAbsolutePath(), "specs/" + name, false);
    }

    static ProjectSources project(String name, String version, SpecSource... specs) {
        List<Path> files = new ArrayList<>();
        for (SpecSource spec : specs) {
            files.add(spec.file());
        }
        ProjectConfig config = new ProjectConfig(name, null, null, version, FIXTURES, null, AnchorStyle.GITHUB, files);
        return new ProjectSources(config, List.of(), null, List.of(specs));
    }

    static ApiSite read(ProjectSources... projects) {
        return Specs.read(new Catalog(List.of(projects), List.of()));
    }

    /** The one service of a single-project read. */
    static ServiceSpec only(ApiSite site) {
        if (site.services().size() != 1) {
            throw new AssertionError("expected one service, got " + site.services() + " " + site.diagnostics());
        }
        return site.services().get(0);
    }
}
