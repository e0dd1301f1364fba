package io.docstack.fuzz;

import java.util.function.Consumer;

/**
 * Every fuzz harness, by the name that {@code bench/fuzz.sh} takes and that names its folders
 * ({@code src/test/resources/fuzz-seeds/<name>/}, {@code fuzz-fixes/<name>/},
 * {@code fuzz-dicts/<name>.dict}): its {@code @FuzzTest} method, the packages whose coverage guides
 * it, its warm-up and its check (which the fuzz test and the replay of the corpora both call).
 * {@link #main} prints the table for the script.
 */
enum Harness {
    FRONT_MATTER("front-matter", FrontMatterFuzzTest.class, "fuzz", "com.vladsch.flexmark.**:org.yaml.snakeyaml.**",
            FrontMatterFuzzTest::warmUp, FrontMatterFuzzTest::check),
    MARKDOWN("markdown", MarkdownFuzzTest.class, "fuzz", "com.vladsch.flexmark.**",
            MarkdownFuzzTest::warmUp, MarkdownFuzzTest::check),
    ASCIIDOC("asciidoc", AsciidocFuzzTest.class, "fuzz", "org.asciidoctor.**",
            AsciidocFuzzTest::warmUp, AsciidocFuzzTest::check),
    NAV_YML("nav-yml", NavYamlFuzzTest.class, "fuzz", "org.yaml.snakeyaml.**",
            NavYamlFuzzTest::warmUp, NavYamlFuzzTest::check),
    NAV_ADOC("nav-adoc", NavAdocFuzzTest.class, "fuzz", "org.asciidoctor.**",
            NavAdocFuzzTest::warmUp, NavAdocFuzzTest::check),
    OPENAPI_YAML("openapi-yaml", OpenApiFuzzTest.class, "yaml", "com.fasterxml.jackson.**:org.yaml.snakeyaml.**",
            OpenApiFuzzTest::warmUp, OpenApiFuzzTest::checkYaml),
    OPENAPI_JSON("openapi-json", OpenApiFuzzTest.class, "json", "com.fasterxml.jackson.**",
            OpenApiFuzzTest::warmUp, OpenApiFuzzTest::checkJson),
    BUNDLE("bundle", BundleFuzzTest.class, "fuzz", "com.google.common.jimfs.**:com.fasterxml.jackson.**",
            BundleFuzzTest::warmUp, BundleFuzzTest::check),
    INVENTORY("inventory", InventoryFuzzTest.class, "fuzz", "com.fasterxml.jackson.**",
            InventoryFuzzTest::warmUp, InventoryFuzzTest::check),
    PREVIEW("preview", PreviewRequestFuzzTest.class, "fuzz", "org.eclipse.jetty.**",
            PreviewRequestFuzzTest::start, PreviewRequestFuzzTest::check),
    BASELINE("baseline", BaselineFuzzTest.class, "fuzz", "com.fasterxml.jackson.**",
            BaselineFuzzTest::warmUp, BaselineFuzzTest::check);

    final String id;
    final Class<?> type;
    final String method;
    /** Instrumented besides {@code io.docstack.**}: the libraries that read this input. */
    final String libraries;
    final Runnable warmUp;
    final Consumer<byte[]> check;

    Harness(String id, Class<?> type, String method, String libraries, Runnable warmUp, Consumer<byte[]> check) {
        this.id = id;
        this.type = type;
        this.method = method;
        this.libraries = libraries;
        this.warmUp = warmUp;
        this.check = check;
    }

    static Harness byId(String id) {
        for (Harness harness : values()) {
            if (harness.id.equals(id)) {
                return harness;
            }
        }
        throw new IllegalArgumentException("no fuzz harness " + id);
    }

    /** Prints {@code id class method instrumented-packages}, one harness a line, for bench/fuzz.sh. */
    public static void main(String[] args) {
        for (Harness harness : values()) {
            System.out.println(harness.id + " " + harness.type.getName() + " " + harness.method + " io.docstack.**:"
                    + harness.libraries);
        }
    }
}
