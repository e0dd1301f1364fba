package io.docstack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"..", "../a.md", "a/../b.md", "a/..", ".", "./a.md", "a/./b.md",
            "/a.md", "/", "a\\b.md", "..\\a.md", "a\0.md", "", "a//b.md", "a/", "//host/a.md",
            "C:", "C:/Windows/win.ini", "c:evil.md", "Z:\\x"})
    void rejectsPathsThatCouldLeaveTheRoot(String value) {
        assertThat(SitePath.parse(value)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> SitePath.of(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.md", "guide/install.md", "...", "a/.../b", "..a/b..", ".hidden", "a b/c d.md",
            "ünï/cödé.md", "1:2", "a/C:/b.md", "%2e%2e/a.md"})
    void acceptsNormalizedRelativePaths(String value) {
        assertThat(SitePath.parse(value)).contains(new SitePath(value));
    }

    @Test
    void nullIsNotAPath() {
        assertThat(SitePath.parse(null)).isEmpty();
    }

    @Test
    void errorMessageShowsNulVisibly() {
        assertThatIllegalArgumentException().isThrownBy(() -> SitePath.of("a\0b"))
                .withMessageContaining("NUL").withMessageContaining("a\\0b");
    }

    @Test
    void resolveSiblingIsRelativeToTheFolder() {
        SitePath page = SitePath.of("guide/install/linux.md");
        assertThat(page.resolveSibling("windows.md")).contains(SitePath.of("guide/install/windows.md"));
        assertThat(page.resolveSibling("./windows.md")).contains(SitePath.of("guide/install/windows.md"));
        assertThat(page.resolveSibling("../intro.md")).contains(SitePath.of("guide/intro.md"));
        assertThat(page.resolveSibling("../../index.md")).contains(SitePath.of("index.md"));
        assertThat(page.resolveSibling("a//b/./c.md")).contains(SitePath.of("guide/install/a/b/c.md"));
        assertThat(page.resolveSibling("sub/")).contains(SitePath.of("guide/install/sub"));
    }

    @Test
    void resolveSiblingWithLeadingSlashStartsAtTheRoot() {
        assertThat(SitePath.of("guide/a.md").resolveSibling("/api/b.md")).contains(SitePath.of("api/b.md"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../x.md", "../../..", "a/../../../../b.md", "/../x.md", "..\\x.md",
            "x\0.md", ""})
    void resolveSiblingNeverLeavesTheRoot(String relative) {
        assertThat(SitePath.of("guide/install/linux.md").resolveSibling(relative)).isEmpty();
    }

    @Test
    void resolveSiblingToTheRootFolderItselfIsEmpty() {
        // The root folder is not a SitePath; callers (the linker) decide what a link to it means.
        assertThat(SitePath.of("guide/a.md").resolveSibling("..")).isEmpty();
        assertThat(SitePath.of("a.md").resolveSibling(".")).isEmpty();
    }

    @Test
    void relativeFromBetweenFolders() {
        SitePath target = SitePath.of("net/1.0/guide/ports.html");
        assertThat(target.relativeFrom(SitePath.of("compute/1.0/index.html"))).isEqualTo("../../net/1.0/guide/ports.html");
        assertThat(target.relativeFrom(SitePath.of("compute/1.0/guide/boot.html")))
                .isEqualTo("../../../net/1.0/guide/ports.html");
        assertThat(target.relativeFrom(SitePath.of("net/1.0/guide/other.html"))).isEqualTo("ports.html");
        assertThat(target.relativeFrom(SitePath.of("net/1.0/guide/ports.html"))).isEqualTo("ports.html");
        assertThat(target.relativeFrom(SitePath.of("net/1.0/index.html"))).isEqualTo("guide/ports.html");
        assertThat(target.relativeFrom(SitePath.of("net/1.0/api/deep/x.html"))).isEqualTo("../../guide/ports.html");
        assertThat(SitePath.of("index.html").relativeFrom(SitePath.of("a/b/c.html"))).isEqualTo("../../index.html");
        assertThat(SitePath.of("guide").relativeFrom(SitePath.of("guide/a.html"))).isEqualTo("../guide");
    }

    @Test
    void relativeFromPercentEncodesWhatABrowserWouldReadAsUrlSyntax() {
        // A page called "c#.md" must not become a link to "c" with the fragment ".html".
        assertThat(SitePath.of("sdk/c#.html").relativeFrom(SitePath.of("sdk/index.html"))).isEqualTo("c%23.html");
        assertThat(SitePath.of("a/what?.html").relativeFrom(SitePath.of("b/x.html"))).isEqualTo("../a/what%3F.html");
        assertThat(SitePath.of("100%/x y.html").relativeFrom(SitePath.of("i.html"))).isEqualTo("100%25/x%20y.html");
        assertThat(SitePath.of("ünï/x.html").relativeFrom(SitePath.of("i.html"))).isEqualTo("ünï/x.html");
    }

    @Test
    void relativeFromPrefixesAFirstSegmentThatLooksLikeAScheme() {
        assertThat(SitePath.of("v1:beta/x.html").relativeFrom(SitePath.of("i.html"))).isEqualTo("./v1:beta/x.html");
        assertThat(SitePath.of("v1:beta/x.html").relativeFrom(SitePath.of("a/i.html"))).isEqualTo("../v1:beta/x.html");
    }

    @Test
    void relativeFromDoesNotConfuseAFileWithAFolderOfTheSameName() {
        // "guide.html" at the root and the folder "guide": the file name is never treated as a folder.
        assertThat(SitePath.of("guide/guide.html").relativeFrom(SitePath.of("guide.html"))).isEqualTo("guide/guide.html");
        assertThat(SitePath.of("guide.html").relativeFrom(SitePath.of("guide/guide.html"))).isEqualTo("../guide.html");
    }

    @Test
    void extensionAndWithExtension() {
        assertThat(SitePath.of("a/b.MD").extension()).isEqualTo("md");
        assertThat(SitePath.of("a/.hidden").extension()).isEmpty();
        assertThat(SitePath.of("a.b/c").extension()).isEmpty();
        assertThat(SitePath.of("a/b.md").withExtension("html")).isEqualTo(SitePath.of("a/b.html"));
        assertThat(SitePath.of("a.b/c").withExtension("html")).isEqualTo(SitePath.of("a.b/c.html"));
        assertThat(SitePath.of("a/b.tar.gz").withExtension("html")).isEqualTo(SitePath.of("a/b.tar.html"));
    }

    @Test
    void segmentsFolderDepthAndUnder() {
        SitePath path = SitePath.of("a/b/c.md");
        assertThat(path.segments()).containsExactly("a", "b", "c.md");
        assertThat(path.folderSegments()).containsExactly("a", "b");
        assertThat(path.fileName()).isEqualTo("c.md");
        assertThat(path.depth()).isEqualTo(2);
        assertThat(SitePath.of("c.md").depth()).isZero();
        assertThat(path.under("net/1.0")).isEqualTo(SitePath.of("net/1.0/a/b/c.md"));
        assertThat(path.under("")).isSameAs(path);
        assertThatIllegalArgumentException().isThrownBy(() -> path.under("../x"));
    }

    @Test
    void ordersByValue() {
        List<SitePath> paths = new java.util.ArrayList<>(List.of(SitePath.of("b.md"), SitePath.of("a/z.md"), SitePath.of("a.md")));
        java.util.Collections.sort(paths);
        assertThat(paths).extracting(SitePath::value).containsExactly("a.md", "a/z.md", "b.md");
        assertThat(SitePath.parse("x/y")).isEqualTo(Optional.of(SitePath.of("x/y")));
    }
}
