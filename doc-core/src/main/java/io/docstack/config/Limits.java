package io.docstack.config;

/**
 * Limits that keep one hostile or broken source from taking the build down. Each is named
 * configuration with a documented default; a source past a limit gets a {@code source.limit}
 * diagnostic and the rest of the site is built.
 *
 * @param maxFileBytes        largest page source read, in bytes (default 4 MiB)
 * @param maxNesting          deepest block nesting (block quotes, lists) and longest run of emphasis
 *                            markers a Markdown page may have (default 64); deeper pages are
 *                            reported instead of risking the parser's stack
 * @param maxFrontMatterBytes largest YAML front matter block (default 64 KiB)
 * @param maxYamlAliases      most YAML aliases in front matter, nav files or one spec file (default 50), against
 *                            "billion laughs" expansion
 * @param maxIncludeDepth     deepest chain of AsciiDoc includes (default 16)
 */
public record Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases,
                     int maxIncludeDepth) {

    public static final Limits DEFAULTS = new Limits(4L * 1024 * 1024, 64, 64 * 1024, 50, 16);

    public Limits {
        if (maxFileBytes < 1 || maxNesting < 1 || maxFrontMatterBytes < 1 || maxYamlAliases < 0
                || maxIncludeDepth < 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }
}
