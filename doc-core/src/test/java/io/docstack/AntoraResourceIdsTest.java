package io.docstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.docstack.build.BuildResult;
import io.docstack.config.SiteConfig;

/**
 * Resource ids as real Antora sites write them, on the fixtures under {@code antora/}: each one
 * Antora 3.1.10 builds with no warning ({@code --log-failure-level=warn}, a playbook with the
 * fixture's folders as start paths); what Antora writes is quoted in each test.
 */
class AntoraResourceIdsTest {

    @TempDir
    Path out;

    /**
     * {@code antora/resources}: Antora writes
     * {@code <a href="_attachments/file.zip" class="xref attachment">} for {@code xref:attachment$file.zip[]}
     * and {@code xref:ROOT:attachment$file.zip[]}, {@code <a href="_images/legacy.png" class="xref image">}
     * for {@code xref:image$legacy.png[]}, includes {@code {examplesdir}/x.rb}, {@code {partialsdir}/p.adoc},
     * {@code example$/x.rb} and {@code partial$/p.adoc}, and publishes the legacy
     * {@code modules/ROOT/assets/images/legacy.png} at {@code _images/legacy.png} and
     * {@code assets/attachments/legacy.txt} at {@code _attachments/legacy.txt}.
     */
    @Test
    void attachmentXrefsAttributeResourceIdsAndLegacyAssetFoldersResolveAsInAntora() {
        SiteConfig config = TestFiles.site(TestFiles.resource("antora/resources"), out).antoraSource(Path.of("comp")).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).isEmpty();
        String index = TestFiles.read(out.resolve("comp/1.0/index.html"));
        assertThat(index).contains("href=\"_attachments/file.zip\"", "href=\"_attachments/legacy.txt\"",
                "href=\"_images/legacy.png\"", "src=\"_images/legacy.png\"");
        assertThat(index.split("puts 1", -1)).hasSize(3);
        assertThat(index.split("Partial text.", -1)).hasSize(3);
        assertThat(out.resolve("comp/1.0/_attachments/file.zip")).isRegularFile();
        assertThat(out.resolve("comp/1.0/_attachments/legacy.txt")).isRegularFile();
        assertThat(out.resolve("comp/1.0/_images/legacy.png")).isRegularFile();
    }

    /**
     * {@code antora/distributed-nav}: root {@code a}'s {@code antora.yml} lists
     * {@code modules/ROOT/nav.adoc}, which is in root {@code b} of the same component version;
     * Antora reads it as the navigation ({@code Comp: Start, The other page}).
     */
    @Test
    void aNavFileOfAnotherRootOfTheComponentVersionIsItsNavigation() {
        SiteConfig config = TestFiles.site(TestFiles.resource("antora/distributed-nav"), out)
                .antoraSource(Path.of("a")).antoraSource(Path.of("b")).build();

        BuildResult result = Docstack.build(config);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(TestFiles.read(out.resolve("comp/1.0/index.html"))).contains("The other page", "href=\"other.html\"");
    }
}
