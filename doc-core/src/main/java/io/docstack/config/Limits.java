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
 * @param maxFrontMatterBytes largest YAML front matter block (default 64 KiB), also once its
 *                            aliases are expanded
 * @param maxYamlAliases      most YAML aliases in front matter, nav files or one spec file (default 50), against
 *                            "billion laughs" expansion
 * @param maxIncludeDepth     deepest chain of AsciiDoc includes (default 16)
 * @param maxSourceEntries    most files one docs bundle or one git ref may hold (default 50,000); a
 *                            source with more is refused whole, before anything of it is read
 * @param maxSourceBytes      most bytes one docs bundle or one git ref may hold, uncompressed
 *                            (default 512 MiB); both are read into memory, never unpacked to disk
 * @param maxIncludes         most AsciiDoc includes one page may resolve, counting every include of
 *                            its included files (default 1,000): depth alone does not bound files
 *                            that include each other ten times over
 * @param maxIncludedBytes    most bytes all includes of one page may add to it (default 8 MiB)
 * @param maxAttributeBytes   most text AsciiDoc attribute references ({@code {name}}) may add to one
 *                            page, counted at every substitution (default 4 MiB): ten attributes
 *                            that each repeat the one before ten times stand for 10^10 characters
 */
public record Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases,
                     int maxIncludeDepth, int maxSourceEntries, long maxSourceBytes, int maxIncludes,
                     long maxIncludedBytes, long maxAttributeBytes) {

    public static final Limits DEFAULTS = new Limits(4L * 1024 * 1024, 64, 64 * 1024, 50, 16);

    public Limits {
        if (maxFileBytes < 1 || maxNesting < 1 || maxFrontMatterBytes < 1 || maxYamlAliases < 0
                || maxIncludeDepth < 0 || maxSourceEntries < 1 || maxSourceBytes < 1 || maxIncludes < 0
                || maxIncludedBytes < 0 || maxAttributeBytes < 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    /** Limits with the default bundle, git ref and AsciiDoc sizes. */
    public Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases, int maxIncludeDepth) {
        this(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, 50_000, 512L << 20);
    }

    /** Limits with the default AsciiDoc include and attribute sizes. */
    public Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases, int maxIncludeDepth,
                  int maxSourceEntries, long maxSourceBytes) {
        this(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, 1_000, 8L << 20, 4L << 20);
    }

    /** These limits with other bundle and git ref sizes. */
    public Limits withSources(int entries, long bytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, entries, bytes,
                maxIncludes, maxIncludedBytes, maxAttributeBytes);
    }

    /** These limits with other AsciiDoc include counts and sizes and attribute expansion. */
    public Limits withAsciidoc(int includes, long includedBytes, long attributeBytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, includes, includedBytes, attributeBytes);
    }
}
