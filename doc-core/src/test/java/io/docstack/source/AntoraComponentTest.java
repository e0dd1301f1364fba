package io.docstack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.docstack.model.SitePath;

/** Where a published path of a component is in a content root: the inverse of {@link AntoraComponent#sitePath}. */
class AntoraComponentTest {

    private final AntoraComponent component = new AntoraComponent("guide", "1.0", null, null, List.of(Path.of("/r")),
            List.of(), Set.of("ROOT", "admin"), Map.of(), Map.of());

    @Test
    void aPublishedPathIsFoundInItsModulesFamilyFolder() {
        Path root = Path.of("/r");
        for (String[] module : new String[][] {{"ROOT", "pages", "a/b.adoc"}, {"admin", "pages", "c.adoc"},
                {"ROOT", "images", "x.png"}, {"admin", "attachments", "d/y.zip"}, {"ROOT", "pages", "other/z.adoc"}}) {
            SitePath published = SitePath.of(AntoraComponent.sitePath(module[0], module[1], module[2]));
            assertThat(component.fileIn(root, published))
                    .isEqualTo(root.resolve("modules/" + module[0] + "/" + module[1] + "/" + module[2]));
        }
    }
}
