package io.docstack.convert;

import io.docstack.config.AnchorStyle;

/**
 * Makes the ids of headings that have no explicit id, in document order, the way the tool a
 * project was written for does, so that anchors users copied from it keep working. In: heading
 * text (inline markup already reduced to text); out: a unique id. One instance per page; not
 * thread-safe.
 */
interface Slugger {

    /** A fresh slugger for one page of a project with anchor style {@code style}. */
    static Slugger forStyle(AnchorStyle style) {
        return switch (style) {
            case GITHUB -> new GithubSlugger();
            case MKDOCS -> new MkdocsSlugger();
        };
    }

    /** Marks an explicit id as taken so that generated ids do not collide with it. */
    void reserve(String id);

    /** The id for the next heading with this text, unique among the ids given and reserved so far. */
    String slug(String text);
}
