package io.docstack.spec;

/**
 * How much of a spec a reference page shows, so that the huge schemas of some services (OpenStack
 * compute's server body nests a dozen levels and hundreds of properties) give pages of a readable
 * size instead of megabytes. A page that is cut says so, with the limit, next to what was cut.
 * Immutable and thread-safe.
 *
 * @param maxSchemaDepth  deepest nesting of properties shown in a schema table (default 6); deeper
 *                        properties are left out
 * @param maxSchemaRows   most rows of one schema table (default 100)
 * @param maxEnumValues   most {@code enum} values listed for one parameter or property (default 30)
 * @param maxExampleChars longest example shown, in characters (default 20,000)
 */
public record ReferenceLimits(int maxSchemaDepth, int maxSchemaRows, int maxEnumValues, int maxExampleChars) {

    public static final ReferenceLimits DEFAULTS = new ReferenceLimits(6, 100, 30, 20_000);
    /**
     * The least content: for the gate, which renders nothing but needs the pages, headings and
     * anchors, and those do not depend on the limits (4 to 6 times faster on the OpenStack specs).
     */
    public static final ReferenceLimits SMALLEST = new ReferenceLimits(1, 1, 1, 1);

    public ReferenceLimits {
        if (maxSchemaDepth < 1 || maxSchemaRows < 1 || maxEnumValues < 1 || maxExampleChars < 1) {
            throw new IllegalArgumentException("reference limits must be positive: " + this);
        }
    }
}
