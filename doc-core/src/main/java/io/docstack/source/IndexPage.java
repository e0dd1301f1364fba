package io.docstack.source;

import java.util.List;

import io.docstack.model.SitePath;

/**
 * Which page stands for its folder. Two questions with two answers, kept side by side so that
 * neither drifts unnoticed:
 * <ul>
 * <li>{@link #LINK_TARGETS}: the page a link to a folder ({@code guide/}) resolves to, and a
 * project's home ({@code index.md}, {@code index.adoc}, {@code README.md}, in that order of
 * preference). A folder link must mean exactly one page, so the list is closed and ordered.</li>
 * <li>{@link #headsFolderInNav}: the page whose title and order a folder takes in the navigation
 * made from the folder tree: any page named {@code index} or {@code README}, whatever its
 * extension ({@code README.adoc} too). It only names and sorts a folder among pages already
 * listed there, so it is wider: a {@code README.adoc} heads its folder in the navigation but a
 * link to the folder does not resolve to it.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class IndexPage {

    /** Page names a link to their folder resolves to, and a project's home, in order of preference. */
    public static final List<String> LINK_TARGETS = List.of("index.md", "index.adoc", "README.md");

    private IndexPage() {
    }

    /** Whether a page named {@code fileName} is what a link to its folder means. */
    public static boolean isLinkTarget(String fileName) {
        return LINK_TARGETS.contains(fileName);
    }

    /** Whether the page at {@code path} heads its folder in a navigation made from the folder tree. */
    public static boolean headsFolderInNav(SitePath path) {
        String name = path.fileName();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.equals("index") || base.equals("README");
    }
}
