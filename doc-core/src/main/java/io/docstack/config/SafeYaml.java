package io.docstack.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML loaders for user files (front matter, nav.yml): SnakeYAML's safe constructor, which builds
 * only maps, lists and scalars, with the alias, nesting and size limits of {@link Limits}. Dates,
 * booleans and floats stay the strings the author wrote ({@code title: 2024-01-01} is a title, not
 * a time-zone dependent {@code Date}; {@code title: 1.10} is not {@code 1.1}); integers are numbers.
 */
public final class SafeYaml {
    /** One loader per thread and limits: building a loader costs more than parsing a front matter. */
    private static final ThreadLocal<CachedLoader> PER_THREAD = new ThreadLocal<>();

    private record CachedLoader(Limits limits, Yaml yaml) {
    }

    private SafeYaml() {
    }

    /**
     * This thread's loader for {@code limits}. Reusing a loader is safe: each {@code load} call
     * parses with fresh state; only the (stateless between documents) constructor is shared.
     */
    public static Yaml threadLoader(Limits limits) {
        CachedLoader cached = PER_THREAD.get();
        if (cached == null || !cached.limits().equals(limits)) {
            cached = new CachedLoader(limits, loader(limits));
            PER_THREAD.set(cached);
        }
        return cached.yaml();
    }

    /** A new loader; SnakeYAML loaders are not thread-safe, so never share one between threads. */
    public static Yaml loader(Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxYamlAliases());
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(limits.maxNesting());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        return new Yaml(new AsWrittenConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
    }

    private static final class AsWrittenConstructor extends SafeConstructor {
        AsWrittenConstructor(LoaderOptions options) {
            super(options);
            for (Tag tag : new Tag[] {Tag.TIMESTAMP, Tag.BOOL, Tag.FLOAT}) {
                yamlConstructors.put(tag, new ConstructYamlStr());
            }
        }
    }
}
