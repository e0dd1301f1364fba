package io.docstack.pipeline;

import java.util.HashSet;
import java.util.Set;

import io.docstack.model.PageRef;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;

/** The assets that came or went between two listings: a link may mean one, so they count as changed. */
final class AssetChanges {

    private AssetChanges() {
    }

    /** Assets in one catalog and not the other, as the references a link may mean. */
    static Set<PageRef> cameOrWent(Catalog before, Catalog after) {
        Set<PageRef> old = assets(before);
        Set<PageRef> now = assets(after);
        Set<PageRef> difference = new HashSet<>();
        old.stream().filter(ref -> !now.contains(ref)).forEach(difference::add);
        now.stream().filter(ref -> !old.contains(ref)).forEach(difference::add);
        return difference;
    }

    private static Set<PageRef> assets(Catalog catalog) {
        Set<PageRef> assets = new HashSet<>();
        for (ProjectSources project : catalog.projects()) {
            project.assets().forEach(asset -> assets.add(new PageRef(project.config().id(), asset.path())));
        }
        return assets;
    }
}
