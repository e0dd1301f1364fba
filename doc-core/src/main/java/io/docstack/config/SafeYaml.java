package io.docstack.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML loaders for user files (front matter, nav.yml): SnakeYAML's safe constructor, which builds
 * only maps, lists and scalars, with the alias, nesting and size limits of {@link Limits}.
 */
public final class SafeYaml {
    private SafeYaml() {
    }

    /** A new loader; SnakeYAML loaders are not thread-safe, so take one per use. */
    public static Yaml loader(Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxYamlAliases());
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(limits.maxNesting());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
    }
}
