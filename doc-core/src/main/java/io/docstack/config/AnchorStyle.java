package io.docstack.config;

/**
 * How the id of a heading without an explicit id is made from its text. Links written for one
 * generator only resolve with that generator's ids, so a project keeps the style it was written for.
 */
public enum AnchorStyle {
    /** GitHub and most Markdown tools: lower case, punctuation dropped, each space a '-', duplicates '-1'. */
    GITHUB,
    /** MkDocs (Python-Markdown toc): ASCII-folded, punctuation dropped, runs of spaces and '-' one '-', duplicates '_1'. */
    MKDOCS
}
