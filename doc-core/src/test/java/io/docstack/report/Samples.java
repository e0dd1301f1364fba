package io.docstack.report;

import java.util.List;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.Severity;

/** A small hand-made run of diagnostics with the awkward cases the report writers must survive. */
final class Samples {

    static final Diagnostic ANCHOR = Diagnostic.error(Rules.LINK_ANCHOR, "compute/guide/boot.md", 42, 17,
            "no heading 'flavours' in network/guide/ports.md", "did you mean 'flavors'?");
    static final Diagnostic BROKEN = Diagnostic.error(Rules.LINK_BROKEN, "compute/guide/boot.md", 7, 0,
            "no page ../api/servers.md", null);
    static final Diagnostic BROKEN_AGAIN = Diagnostic.error(Rules.LINK_BROKEN, "compute/guide/boot.md", 90, 3,
            "no page ../api/servers.md", null);
    /** Markup and a control character in the message, a space and non-ASCII in the file name. */
    static final Diagnostic NASTY = Diagnostic.error(Rules.PARSE_MARKDOWN, "network/guide/ports & routes é.md", 3, 1,
            "bad <table> & \"cell\" ]]> here\u0007", "close the <table>");
    static final Diagnostic UNREACHABLE = Diagnostic.warning(Rules.NAV_UNREACHABLE, "network/old.md", 0, 0,
            "no navigation entry or link leads here", "add it to nav.yml or delete it");
    static final Diagnostic NOTE = new Diagnostic(Severity.INFO, "custom.note", "network/spec.yaml", 12, 0,
            "operation deletePort is not referenced by any page", null);

    /** In no particular order, on purpose. */
    static final List<Diagnostic> RUN = List.of(UNREACHABLE, ANCHOR, NOTE, BROKEN_AGAIN, NASTY, BROKEN);

    /** The pages the run checked: one is clean, one file with diagnostics (spec.yaml) is missing. */
    static final List<String> CHECKED = List.of("compute/guide/boot.md", "compute/guide/index.md",
            "network/guide/ports & routes é.md", "network/old.md");

    private Samples() {
    }
}
