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
 * @param maxFrontMatterBytes largest YAML front matter block (default 64 KiB)
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
 */
public record Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases,
                     int maxIncludeDepth, int maxSourceEntries, long maxSourceBytes, long maxTotalSourceBytes,
                     long maxAssetBytes, Duration inventoryTimeout) {

    private static final int DEFAULT_SOURCE_ENTRIES = 50_000;
    private static final long DEFAULT_SOURCE_BYTES = 128L << 20;
    private static final long DEFAULT_TOTAL_SOURCE_BYTES = 256L << 20;
    private static final long DEFAULT_ASSET_BYTES = 32L << 20;
    private static final Duration DEFAULT_INVENTORY_TIMEOUT = Duration.ofSeconds(30);

    public static final Limits DEFAULTS = new Limits(4L * 1024 * 1024, 64, 64 * 1024, 50, 16);

    public Limits {
        Objects.requireNonNull(inventoryTimeout, "inventoryTimeout");
        if (maxFileBytes < 1 || maxNesting < 1 || maxFrontMatterBytes < 1 || maxYamlAliases < 0
                || maxIncludeDepth < 0 || maxSourceEntries < 1 || maxSourceBytes < 1 || maxTotalSourceBytes < 1
                || maxAssetBytes < 1 || inventoryTimeout.isNegative() || inventoryTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    /** Limits with the default source, asset and inventory limits. */
    public Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases, int maxIncludeDepth) {
        this(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, DEFAULT_SOURCE_ENTRIES,
                DEFAULT_SOURCE_BYTES);
    }

    /** Limits with the default total, asset and inventory limits. */
    public Limits(long maxFileBytes, int maxNesting, int maxFrontMatterBytes, int maxYamlAliases, int maxIncludeDepth,
                  int maxSourceEntries, long maxSourceBytes) {
        this(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, DEFAULT_TOTAL_SOURCE_BYTES, DEFAULT_ASSET_BYTES, DEFAULT_INVENTORY_TIMEOUT);
    }

    /** These limits with other bundle and git ref sizes. */
    public Limits withSources(int entries, long bytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, entries, bytes,
                maxTotalSourceBytes, maxAssetBytes, inventoryTimeout);
    }

    /** These limits with another total for all bundles and git refs. */
    public Limits withTotalSourceBytes(long bytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, bytes, maxAssetBytes, inventoryTimeout);
    }

    /** These limits with another largest asset. */
    public Limits withAssetBytes(long bytes) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, maxTotalSourceBytes, bytes, inventoryTimeout);
    }

    /** These limits with another time allowed for fetching an inventory. */
    public Limits withInventoryTimeout(Duration timeout) {
        return new Limits(maxFileBytes, maxNesting, maxFrontMatterBytes, maxYamlAliases, maxIncludeDepth, maxSourceEntries,
                maxSourceBytes, maxTotalSourceBytes, maxAssetBytes, timeout);
    }
}
