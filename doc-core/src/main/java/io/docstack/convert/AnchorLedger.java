package io.docstack.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Where the ids of one page are declared, to find ids declared twice: a link to such an id
 * reaches only the first element, whatever the author meant. In: declarations in any order, each
 * with its line and column and optionally a note on what it is; out: one {@code anchor.duplicate}
 * error per declaration after the first of its id, at that declaration, sorted by position. Not
 * thread-safe; one instance per page.
 */
final class AnchorLedger {

    private record Declaration(String id, int line, int column, String note) {
    }

    private static final Comparator<Declaration> BY_POSITION = Comparator.comparingInt(Declaration::line)
            .thenComparingInt(Declaration::column);

    private final List<Declaration> declarations = new ArrayList<>();

    /** Notes that an element with {@code id} is written at {@code line:column}. */
    void declare(String id, int line, int column) {
        declare(id, line, column, null);
    }

    /**
     * Notes a declaration with a note for the user, such as why a heading's id is not the one
     * its text gives; the note becomes the hint when this declaration is part of a duplicate.
     */
    void declare(String id, int line, int column, String note) {
        declarations.add(new Declaration(id, line, column, note));
    }

    /** One error for each declaration that repeats an id declared earlier in the page. */
    List<Diagnostic> duplicates(String file) {
        List<Declaration> ordered = new ArrayList<>(declarations);
        ordered.sort(BY_POSITION);
        Map<String, Declaration> first = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Declaration declaration : ordered) {
            Declaration earlier = first.putIfAbsent(declaration.id(), declaration);
            if (earlier != null) {
                String note = declaration.note() != null ? declaration.note() : earlier.note();
                diagnostics.add(diagnostic(file, declaration.id(), declaration.line(), declaration.column(),
                        "line " + earlier.line(), note));
            }
        }
        return diagnostics;
    }

    /**
     * The {@code anchor.duplicate} error for a repeated id at {@code line:column}, the first being
     * at {@code first} ("line 3"); {@code note} (may be null) says what happens instead of the
     * general "links reach only the first".
     */
    static Diagnostic diagnostic(String file, String id, int line, int column, String first, String note) {
        String effect = note != null ? note : "links to '#" + id + "' reach only the first";
        return Diagnostic.error(Rules.ANCHOR_DUPLICATE, file, line, column,
                "duplicate anchor '" + id + "' (first at " + first + ")", effect + "; give one of them another id");
    }
}
