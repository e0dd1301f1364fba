package io.docstack.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.docstack.model.Page;
import io.docstack.model.PageRef;
import io.docstack.model.SitePath;
import io.docstack.nav.SiteNavigation;
import io.docstack.pipeline.Scope;
import io.docstack.pipeline.Validated;
import io.docstack.source.ProjectSources;
import io.docstack.source.SourceFile;

/** What the preview renders and copies again after an edit whose {@link Scope.Partial scope} is known. */
final class ChangedPages {

    private ChangedPages() {
    }

    /**
     * The pages to render again: those that changed, those whose resolved links changed, those
     * with a link to a page whose title or headings changed (the text of an empty link is its
     * target's title or heading; {@code linkersOf} names them), the pages before and after a page
     * whose title changed (their previous and next links show it), and every page of a project
     * whose navigation changed.
     */
    static List<Page> toRender(Validated last, Validated next, Scope.Partial scope, Function<PageRef, Set<PageRef>> linkersOf) {
        Set<PageRef> wanted = new HashSet<>();
        Set<PageRef> retitled = new HashSet<>();
        Set<PageRef> renamed = new HashSet<>(); // a link's text may be the title or a heading of its target
        for (PageRef ref : scope.changed()) {
            Page page = next.converted().page(ref).orElse(null);
            Page old = last.converted().page(ref).orElse(null);
            if (page != null) {
                wanted.add(ref);
            }
            if (page == null || old == null || !old.title().equals(page.title())) {
                retitled.add(ref);
                renamed.add(ref);
            } else if (!old.headings().equals(page.headings())) {
                renamed.add(ref);
            }
        }
        wanted.addAll(neighbours(next.navigation(), retitled));
        renamed.forEach(ref -> wanted.addAll(linkersOf.apply(ref)));
        for (PageRef ref : scope.relinked()) {
            if (!last.links().of(ref).equals(next.links().of(ref))) {
                wanted.add(ref);
            }
        }
        List<Page> pages = new ArrayList<>();
        if (scope.navChanged().isEmpty()) {
            wanted.stream().map(next.converted()::page).flatMap(Optional::stream).forEach(pages::add);
            return pages;
        }
        for (Page page : next.converted().pages()) {
            if (wanted.contains(page.ref()) || scope.navChanged().contains(page.project())) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** Whether a page or asset came or went: then outputs may be gone and assets new. */
    static boolean cameOrWent(Validated last, Validated next, Scope.Partial scope) {
        return scope.changed().stream()
                .anyMatch(ref -> !next.links().links().containsKey(ref) || !last.links().links().containsKey(ref));
    }

    /** The assets to copy again: new ones when files came or went, and the edited ones, of the projects with an edited file. */
    static List<SourceFile> assetsToCopy(Validated next, Scope.Partial scope, boolean cameOrWent, Set<SitePath> before) {
        List<SourceFile> copies = new ArrayList<>();
        for (ProjectSources project : next.catalog().projects()) {
            List<Path> folders = project.folders();
            if (!cameOrWent && scope.edited().stream().noneMatch(file -> folders.stream().anyMatch(file::startsWith))) {
                continue;
            }
            project.assets().stream().filter(asset -> cameOrWent && !before.contains(asset.sitePath())
                    || scope.edited().contains(asset.file())).forEach(copies::add);
        }
        return copies;
    }

    /** The site paths of every page and asset. */
    static Set<SitePath> outputs(Validated site) {
        Set<SitePath> paths = new HashSet<>();
        site.converted().pages().forEach(page -> paths.add(page.sitePath()));
        for (ProjectSources project : site.catalog().projects()) {
            project.assets().forEach(asset -> paths.add(asset.sitePath()));
        }
        return paths;
    }

    /** The pages before and after {@code pages} in their project's reading order: their previous and next links show its title. */
    private static Set<PageRef> neighbours(SiteNavigation navigation, Set<PageRef> pages) {
        Set<PageRef> found = new HashSet<>();
        for (PageRef page : pages) {
            List<PageRef> order = navigation.tree(page.project()).readingOrder();
            int at = order.indexOf(page);
            if (at > 0) {
                found.add(order.get(at - 1));
            }
            if (at >= 0 && at + 1 < order.size()) {
                found.add(order.get(at + 1));
            }
        }
        return found;
    }
}
