package io.docstack.convert;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.docstack.config.AsciidocAttributes;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.AntoraComponent;
import io.docstack.source.AntoraId;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;

/**
 * The Antora side of converting a page: its attributes (the configuration's, the component's,
 * and the ones Antora sets on every page, {@code imagesdir} first) and how the resource ids of
 * its includes resolve across the catalog's components: {@code partial$a.adoc} in the page's
 * module, {@code mod:partial$a.adoc} in another module, {@code comp:mod:partial$a.adoc} and
 * {@code 2.0@comp::example$b.java} in another component ({@code ::} is its ROOT module). A
 * component named without a version is taken in the page's version when it has one, else in its
 * first. Immutable; thread-safe.
 */
public final class AntoraResources {

    /**
     * What a page of Docstack's own layout gets: a site generator's environment ({@code env=site},
     * {@code env-site}), so content written for sites shows, named as Docstack
     * ({@code site-gen=docstack}, {@code site-gen-docstack}), so {@code ifdef::site-gen-antora[]}
     * content stays out, as it does outside Antora.
     */
    static final Map<String, String> DOCSTACK_ATTRIBUTES = Map.of("env", "site", "env-site", "",
            "site-gen", "docstack", "site-gen-docstack", "");

    private final Catalog catalog;

    private AntoraResources(Catalog catalog) {
        this.catalog = catalog;
    }

    public static AntoraResources of(Catalog catalog) {
        return new AntoraResources(catalog);
    }

    /** How a page of {@code project} converts: Docstack's layout, or its Antora component's. */
    AsciidocPage page(SourceFile source, ProjectSources project) {
        AntoraComponent component = project.antora();
        if (component == null) {
            return new AsciidocPage(project.config().docs(), DOCSTACK_ATTRIBUTES, id -> Optional.empty(), false,
                    project.trusted(source));
        }
        String module = component.module(source.path());
        Path root = component.rootOf(source.file());
        return new AsciidocPage(root == null ? project.config().docs() : root, attributes(component, module, source.path()),
                id -> resolve(component, module, id), true, project.trusted(source));
    }

    /**
     * Antora's order: {@code page-partial} soft set, the component's attributes (the site's and
     * Antora's environment ones in them), then the intrinsic ones, which nothing overrides.
     */
    private static Map<String, String> attributes(AntoraComponent component, String module, SitePath page) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("page-partial", "@");
        component.attributes().forEach((key, value) -> {
            attributes.remove(AsciidocAttributes.name(key));
            attributes.put(key, value);
        });
        String relative = component.pathInModule(page);
        int depth = SitePath.of(relative).segments().size() - 1;
        Map<String, String> intrinsic = new LinkedHashMap<>();
        intrinsic.put("imagesdir", "../".repeat(depth) + "_images");
        intrinsic.put("attachmentsdir", "../".repeat(depth) + "_attachments");
        intrinsic.put("partialsdir", "partial$");
        intrinsic.put("examplesdir", "example$");
        intrinsic.put("page-component-name", component.name());
        // Antora's version of an unversioned component is empty.
        String version = component.version().equals(AntoraComponent.UNVERSIONED) ? "" : component.version();
        intrinsic.put("page-component-version", version);
        intrinsic.put("page-version", version);
        intrinsic.put("page-component-title", component.title() == null ? component.name() : component.title());
        intrinsic.put("page-component-display-version", component.displayVersion());
        intrinsic.put("page-module", module);
        intrinsic.put("page-relative-src-path", relative);
        intrinsic.forEach((name, value) -> AsciidocAttributes.put(attributes, name, value));
        return attributes;
    }

    public Optional<Path> resolve(AntoraComponent from, String module, String id) {
        Optional<AntoraId> parsed = AntoraId.parse(id);
        if (parsed.isEmpty() || parsed.get().family() == null) {
            return Optional.empty();
        }
        AntoraId resource = parsed.get();
        Optional<AntoraComponent> component = resource.component() == null && resource.version() == null ? Optional.of(from)
                : component(resource.component() == null ? from.name() : resource.component(), resource.version(), from.version());
        return component.flatMap(c -> c.resource(resource.moduleOr(module), resource.family(), resource.relative()));
    }

    /** A component named {@code name}: in {@code version}, or without one as {@link Catalog#project(String, String)} picks. */
    private Optional<AntoraComponent> component(String name, String version, String preferred) {
        return (version != null ? catalog.project(new ProjectVersion(name, version)) : catalog.project(name, preferred))
                .map(ProjectSources::antora);
    }
}
