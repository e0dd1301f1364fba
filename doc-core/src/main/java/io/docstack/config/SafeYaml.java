package io.docstack.config;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

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

    /**
     * Whether {@code loaded} (what a loader returned), its aliases expanded, is larger than
     * {@code maxSize}: each text counts its length (at least 1), each list and mapping 1, which
     * for YAML without aliases is never more than the characters it was written with. The
     * alias limit alone does not bound this: aliases are shared objects, and 48 of them, nested
     * three to a list, stand for 3^16 strings that whatever prints, copies or compares the
     * value builds. The walk stops at the budget, so it costs at most {@code maxSize} steps.
     */
    public static boolean expandsPast(Object loaded, long maxSize) {
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(loaded == null ? "" : loaded);
        long size = 0;
        while (!pending.isEmpty()) {
            Object value = pending.pop();
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, item) -> {
                    pending.push(key == null ? "" : key);
                    pending.push(item == null ? "" : item);
                });
                size++;
            } else if (value instanceof Collection<?> list) {
                list.forEach(item -> pending.push(item == null ? "" : item));
                size++;
            } else {
                size += Math.max(1, value instanceof byte[] bytes ? bytes.length : value.toString().length());
            }
            if (size > maxSize || pending.size() > maxSize) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of a single value (a string or a number), or null for a list, a mapping or no value:
     * printing a list or a mapping could expand aliases into millions of strings.
     */
    public static String scalarText(Object value) {
        return value == null || value instanceof Collection<?> || value instanceof Map<?, ?> ? null : value.toString();
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
