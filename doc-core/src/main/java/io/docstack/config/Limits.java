package io.docstack.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep one hostile or broken source from taking the build down. Each is named
 * configuration with a documented default; a source past a limit gets a {@code source.limit}
 * diagnostic and the rest of the site is built.
 *
 * <p>The defaults of the source limits are chosen so that a build fits a heap of 1 GiB whatever
 * its sources hold: docs bundles and git refs are held in memory for the whole build, at most
 * {@code maxTotalSourceBytes} of them together, which leaves three quarters of the heap to
 * converting, rendering and indexing.
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
 * @param maxSourceBytes      most bytes one docs bundle or one git ref may hold in memory (default
 *                            128 MiB); both are read into memory, never unpacked to disk. A file
 *                            counts as its size rounded up to a whole KiB, plus one KiB for its
 *                            entry: what it costs in memory, so that many tiny files cannot hold
 *                            more than the limit says
 * @param maxTotalSourceBytes most bytes all docs bundles and git refs of a build may hold in memory
 *                            together, counted the same way (default 256 MiB); a source that would
 *                            pass it is refused whole, the sources read before it are kept
 * @param maxAssetBytes       largest asset (image, download, any file that is not a page) copied
 *                            into the site, from any source (default 32 MiB); a larger one is left
 *                            out with a diagnostic
 * @param inventoryTimeout    time allowed for fetching one link inventory from a URL, from connecting
 *                            to the last byte of the body (default 30 s)
 * @param maxIncludes         most AsciiDoc includes one page may resolve, counting every include of
 *                            its included files (default 1,000): depth alone does not bound files
 *                            that include each other ten times over
 * @param maxIncludedBytes    most bytes all includes of one page may add to it (default 8 MiB)
 * @param maxAttributeBytes   most text AsciiDoc attribute references ({@code {name}}) may add to one
 *                            page, counted at every substitution (default 4 MiB): ten attributes
 *                            that each repeat the one before ten times stand for 10^10 characters
 */
public record Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases,
                     int maxIncludeDepth, int maxSourceEntries, long maxSourceBytes, long maxTotalSourceBytes,
                     long maxAssetBytes, Duration inventoryTimeout, int maxIncludes, long maxIncludedBytes,
                     long maxAttributeBytes) {

    private static final int DEFAULT_SOURCE_ENTRIES = 50_000;
    private static final long DEFAULT_SOURCE_BYTES = 128L << 20;
    private static final long DEFAULT_TOTAL_SOURCE_BYTES = 256L << 20;
    private static final long DEFAULT_ASSET_BYTES = 32L << 20;
    private static final Duration DEFAULT_INVENTORY_TIMEOUT = Duration.ofSeconds(30);
    private static final int DEFAULT_INCLUDES = 1_000;
    private static final long DEFAULT_INCLUDED_BYTES = 8L << 20;
    private static final long DEFAULT_ATTRIBUTE_BYTES = 4L << 20;

    public static final Limits DEFAULTS = new Limits(4L * 1024 * 1024, 64, 64 * 1024, 50, 16);

    public Limits {
        Objects.requireNonNull(inventoryTimeout, "inventoryTimeout");
        if (maxFileBytes < 1 || maxNesting < 1 || maxFrontMatterBytes < 1 || maxYamlAliases < 0
                || maxIncludeDepth < 0 || maxSourceEntries < 1 || maxSourceBytes < 1 || maxTotalSourceBytes < 1
                || maxAssetBytes < 1 || inventoryTimeout.isNegative() || inventoryTimeout.isZero()
                || maxIncludes < 0 || maxIncludedBytes < 0 || maxAttributeBytes < 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    /** Limits with the default source, asset, inventory and AsciiDoc limits. */
    public Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases, int maxIncludeDepth) {
        this(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, DEFAULT_SOURCE_ENTRIES,
                DEFAULT_SOURCE_BYTES);
    }

    /** Limits with the default total, asset, inventory and AsciiDoc limits. */
    public Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases, int maxIncludeDepth,
                  int maxSourceEntries, long maxSourceBytes) {
        this(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, DEFAULT_TOTAL_SOURCE_BYTES, DEFAULT_ASSET_BYTES, DEFAULT_INVENTORY_TIMEOUT,
                DEFAULT_INCLUDES, DEFAULT_INCLUDED_BYTES, DEFAULT_ATTRIBUTE_BYTES);
    }

    /** These limits with other bundle and git ref sizes. */
    public Limits withSources(int entries, long bytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, entries, bytes,
                maxTotalSourceBytes, maxAssetBytes, inventoryTimeout, maxIncludes, maxIncludedBytes, maxAttributeBytes);
    }

    /** These limits with another total for all bundles and git refs. */
    public Limits withTotalSourceBytes(long bytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, bytes, maxAssetBytes, inventoryTimeout, maxIncludes, maxIncludedBytes, maxAttributeBytes);
    }

    /** These limits with another largest asset. */
    public Limits withAssetBytes(long bytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, maxTotalSourceBytes, bytes, inventoryTimeout, maxIncludes, maxIncludedBytes, maxAttributeBytes);
    }

    /** These limits with another time allowed for fetching an inventory. */
    public Limits withInventoryTimeout(Duration timeout) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, maxTotalSourceBytes, maxAssetBytes, timeout, maxIncludes, maxIncludedBytes, maxAttributeBytes);
    }

    /** These limits with other AsciiDoc include counts and sizes and attribute expansion. */
    public Limits withAsciidoc(int includes, long includedBytes, long attributeBytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, maxTotalSourceBytes, maxAssetBytes, inventoryTimeout, includes, includedBytes, attributeBytes);
    }
}
