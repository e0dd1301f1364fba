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
    private SafeYaml() {
    }

    /** A new loader; SnakeYAML loaders are not thread-safe, so take one per use. */
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
