package io.docstack.nav;

import java.util.ArrayList;
import io.docstack.model.PageRef;
import java.util.Set;
import java.util.HashSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.docstack.config.Limits;
import io.docstack.convert.ConvertedSite;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.ProjectVersion;
import io.docstack.model.SitePath;
import io.docstack.source.Catalog;
import io.docstack.source.IndexPage;
import io.docstack.source.ProjectSources;

/**
 * The nav stage: one navigation tree per project version, from its {@code nav.yml} when it has
 * one, else from the folder tree: the folder's {@code index} page first, then pages ordered by
 * front matter {@code order}, then title; each subfolder is a section titled by its index page
 * (or its name) with its pages below. Stateless and thread-safe.
 */
public final class Navigator {

    private static final Comparator<Page> PAGE_ORDER = Comparator
            .comparing((Page p) -> p.order() == null ? Integer.MAX_VALUE : p.order())
            .thenComparing(p -> p.title().toLowerCase(Locale.ROOT))
            .thenComparing(Page::source);

    private Navigator() {
    }

    public static SiteNavigation build(Catalog catalog, ConvertedSite site, Limits limits) {
        return update(null, catalog, site, limits, null);
    }

    /**
     * The navigation after an edit: {@code previous} (null for none) with the trees of the
     * projects in {@code projects} (null for all) built again from {@code catalog} and {@code site};
     * the other trees, and their nav files' problems, stay as they were.
     */
    public static SiteNavigation update(SiteNavigation previous, Catalog catalog, ConvertedSite site, Limits limits,
                                        Set<ProjectVersion> projects) {
        Map<ProjectVersion, List<Page>> byProject = new HashMap<>();
        for (Page page : site.pages()) {
            if (projects == null || projects.contains(page.project())) {
                byProject.computeIfAbsent(page.project(), k -> new ArrayList<>()).add(page);
            }
        }
        Map<ProjectVersion, NavTree> trees = new HashMap<>();
        Map<ProjectVersion, List<Diagnostic>> problems = new HashMap<>();
        Antora antora = new Antora(catalog, site);
        for (ProjectSources project : catalog.projects()) {
            ProjectVersion id = project.config().id();
            if (previous != null && projects != null && !projects.contains(id) && previous.trees().containsKey(id)) {
                trees.put(id, previous.trees().get(id));
                problems.put(id, previous.problems().getOrDefault(id, List.of()));
                continue;
            }
            List<Diagnostic> found = new ArrayList<>();
            trees.put(id, tree(project, byProject.getOrDefault(id, List.of()), limits, antora, found));
            problems.put(id, found);
        }
        return new SiteNavigation(trees, problems);
    }

    /** The tree of one project version, from its nav file or its folders, with the reference pages added. */
    /** What Antora nav files are read against, made once per build and only when one is read. */
    private static final class Antora {
        private final Catalog catalog;
        private final ConvertedSite site;
        private Map<PageRef, Page> pages;
        private io.docstack.convert.AntoraResources resources;

        Antora(Catalog catalog, ConvertedSite site) {
            this.catalog = catalog;
            this.site = site;
        }

        AntoraNav.Context context(ProjectSources project, Limits limits) {
            if (pages == null) {
                pages = new HashMap<>();
                site.pages().forEach(page -> pages.put(page.ref(), page));
                resources = io.docstack.convert.AntoraResources.of(catalog);
            }
            return new AntoraNav.Context(project.config().id(), project.antora(), pages, catalog, resources, limits);
        }
    }

    private static NavTree tree(ProjectSources project, List<Page> all, Limits limits, Antora antora,
                                List<Diagnostic> diagnostics) {
        ProjectVersion id = project.config().id();
        Set<SitePath> sources = new HashSet<>();
        project.files().forEach(f -> sources.add(f.path()));
        List<Page> pages = all.stream().filter(p -> sources.contains(p.source())).toList();
        List<Page> generated = all.stream().filter(p -> !sources.contains(p.source())).toList();
        int[] counter = {0};
        Supplier<String> ids = () -> "n" + ++counter[0];
        List<NavItem> items = null;
        if (project.antora() != null && !project.antora().navFiles().isEmpty()) {
            items = AntoraNav.read(antora.context(project, limits), ids, diagnostics);
        } else if (project.nav() != null) {
            Map<SitePath, Page> bySource = new HashMap<>();
            all.forEach(p -> bySource.put(p.source(), p));
            items = NavFile.read(project.nav(), bySource, limits, ids, diagnostics);
        }
        if (items == null) {
            items = fromFolders(pages, ids);
        }
        return new NavTree(id, withGenerated(items, generated, ids));
    }

    /**
     * The navigation with a section for the generated pages (the API reference: its overview
     * opens the section, the tag pages are its entries), unless the navigation lists one already.
     */
    private static List<NavItem> withGenerated(List<NavItem> items, List<Page> generated, Supplier<String> ids) {
        if (generated.isEmpty() || mentionsAny(items, generated)) {
            return items;
        }
        List<Page> ordered = generated.stream().sorted(PAGE_ORDER).toList();
        Page first = ordered.get(0);
        List<NavItem> children = new ArrayList<>();
        for (Page page : ordered.subList(1, ordered.size())) {
            children.add(new NavItem(ids.get(), page.title(), page.ref(), null, List.of()));
        }
        List<NavItem> out = new ArrayList<>(items);
        out.add(new NavItem(ids.get(), "API reference", first.ref(), null, children));
        return out;
    }

    private static boolean mentionsAny(List<NavItem> items, List<Page> pages) {
        Set<PageRef> refs = new HashSet<>();
        pages.forEach(p -> refs.add(p.ref()));
        for (NavItem item : items) {
            if (item.page() != null && refs.contains(item.page()) || mentionsAny(item.children(), pages)) {
                return true;
            }
        }
        return false;
    }

    /** Navigation from the folder tree (used without nav.yml, or when it is unreadable). */
    static List<NavItem> fromFolders(List<Page> pages, Supplier<String> ids) {
        Folder root = new Folder("");
        for (Page page : pages) {
            Folder folder = root;
            for (String segment : page.source().folderSegments()) {
                folder = folder.subfolders.computeIfAbsent(segment, Folder::new);
            }
            folder.pages.add(page);
        }
        return root.items(ids, true);
    }

    private static final class Folder {
        final String name;
        final List<Page> pages = new ArrayList<>();
        final Map<String, Folder> subfolders = new TreeMap<>();

        Folder(String name) {
            this.name = name;
        }

        Page index() {
            return pages.stream().filter(p -> IndexPage.headsFolderInNav(p.source())).findFirst().orElse(null);
        }

        List<NavItem> items(Supplier<String> ids, boolean top) {
            List<NavItem> items = new ArrayList<>();
            Page index = index();
            if (top && index != null) {
                items.add(new NavItem(ids.get(), index.title(), index.ref(), null, List.of()));
            }
            List<Page> others = new ArrayList<>(pages);
            others.remove(index);
            others.sort(PAGE_ORDER);
            for (Page page : others) {
                items.add(new NavItem(ids.get(), page.title(), page.ref(), null, List.of()));
            }
            List<Folder> folders = new ArrayList<>(subfolders.values());
            folders.sort(Comparator.comparing((Folder f) -> f.order()).thenComparing(f -> f.title().toLowerCase(Locale.ROOT)));
            for (Folder folder : folders) {
                String id = ids.get();
                Page sub = folder.index();
                items.add(new NavItem(id, folder.title(), sub == null ? null : sub.ref(), null, folder.items(ids, false)));
            }
            return items;
        }

        int order() {
            Page index = index();
            return index == null || index.order() == null ? Integer.MAX_VALUE : index.order();
        }

        String title() {
            Page index = index();
            if (index != null) {
                return index.title();
            }
            String words = name.replace('-', ' ').replace('_', ' ');
            return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
