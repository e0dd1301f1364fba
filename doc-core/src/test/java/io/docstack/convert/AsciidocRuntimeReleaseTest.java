package io.docstack.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.Test;

import io.docstack.config.Limits;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.SourceFile;

/**
 * A closed converter lets its JRuby runtime go: one JVM that builds many sites (the preview after a
 * configuration change, a Maven daemon, the fuzz harnesses, this test suite) must not keep every
 * runtime it ever started. JRuby's default store for Java-integration data, {@code
 * java.lang.ClassValue}, is held by the JDK's own classes and kept each runtime (about 10 MB for a
 * two-page site) until the JVM ended: 1 GiB was full after 525 fuzz builds.
 */
class AsciidocRuntimeReleaseTest {

    @Test
    void aClosedConvertersRuntimeIsCollected() throws InterruptedException {
        // JRuby keeps the first runtime of a JVM as its global runtime, and the last one a thread used in
        // a thread-local (one a thread, not one a build): the second runtime, used on a thread of its own, is the test.
        onThreadOfItsOwn(AsciidocRuntimeReleaseTest::convertOnePageAndClose);
        WeakReference<Asciidoctor> runtime = onThreadOfItsOwn(AsciidocRuntimeReleaseTest::convertOnePageAndClose);

        for (int i = 0; i < 50 && runtime.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(runtime.get()).as("the runtime of a closed converter").isNull();
    }

    private static <T> T onThreadOfItsOwn(java.util.function.Supplier<T> work) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread thread = new Thread(() -> result.set(work.get()));
        thread.start();
        thread.join();
        return result.get();
    }

    private static WeakReference<Asciidoctor> convertOnePageAndClose() {
        AsciidocConverter converter = new AsciidocConverter(Limits.DEFAULTS);
        Path docs = Path.of("docs").toAbsolutePath();
        SourceFile file = new SourceFile(new ProjectVersion("p", "1.0"), SitePath.of("index.adoc"), docs.resolve("index.adoc"),
                SourceFile.Kind.ASCIIDOC, "p/index.adoc");
        assertThat(converter.convert(file, "= Home\n\nSee xref:b.adoc[b].\n", docs).links()).hasSize(1);
        WeakReference<Asciidoctor> runtime = new WeakReference<>(converter.asciidoctor());
        converter.close();
        return runtime;
    }
}
