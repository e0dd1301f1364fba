package io.docstack.convert;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Handles every {@code include::} directive so that a page can only include files of its own
 * project: the target is resolved against the folder of the including file, and only a regular
 * file whose real path (symbolic links followed) is inside the docs root is read (UTF-8). URLs,
 * paths that climb out of the docs root, chains deeper than {@link Limits#maxIncludeDepth()} and
 * files larger than {@link Limits#maxFileBytes()} are not read; they get a diagnostic at the
 * directive and Asciidoctor's usual "Unresolved directive" line in their place. Over the whole
 * page, at most {@link Limits#maxIncludes()} includes of together {@link Limits#maxIncludedBytes()}
 * are read; the ones after get the same line, and the page one {@code source.limit}.
 *
 * <p>Why a processor and not safe mode: Asciidoctor's jail is the base dir, which is the page's
 * folder (so that relative paths resolve from the page); it would refuse legitimate
 * {@code include::../partials/x.adoc[]} and silently "recover" escaping paths to another file.
 * Registering a processor for all targets replaces the built-in include, so the processor also
 * applies the {@code lines} and {@code tag}/{@code tags} filters ({@link IncludeFilter}).
 *
 * <p>The per-page docs root and diagnostics come from the conversion in progress
 * ({@code session}); it is not put in a document attribute, where {@code {attr}} would print the
 * absolute path into the page. Stateless itself; thread-safe as far as the session supplier is.
 */
final class ConfinedIncludeProcessor extends IncludeProcessor {

    /** A URL scheme; at least two letters so that a Windows drive ({@code C:}) is not one. */
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    /** An Antora resource id of a partial, an example or an attachment: {@code [version@][component:][module:]partial$path}. */
    static final Pattern RESOURCE_ID = Pattern.compile("^(?:[^@:$/]+@)?(?:[^:$/]*:){0,2}(?:partial|example|attachment|page)\\$.+$");

    private final Limits limits;
    private final Supplier<AsciidocSession> session;

    ConfinedIncludeProcessor(Limits limits, Supplier<AsciidocSession> session) {
        this.limits = limits;
        this.session = session;
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        AsciidocSession current = session.get();
        String from = reader.getFile();
        // Asciidoctor has already consumed the directive line when it calls us.
        int line = Math.max(1, reader.getLineNumber() - 1);
        String problem = current == null ? "no conversion in progress" : read(current, reader, from, line, target, attributes);
        if (problem != null) {
            String in = from == null || from.isEmpty() ? current == null ? "page" : current.page().path().fileName()
                    : Path.of(from).getFileName().toString();
            // What Asciidoctor itself leaves in place of an include it cannot read.
            reader.pushInclude("Unresolved directive in " + in + " - include::" + target + "[]", null, null, 1, Map.of());
        }
    }

    /** Reads and pushes the include, or reports why not and returns non-null. */
    private String read(AsciidocSession current, PreprocessorReader reader, String from, int line, String target,
                        Map<String, Object> attributes) {
        String display = current.displayPath(from);
        if (current.depth(from) >= limits.maxIncludeDepth()) {
            return report(current, Diagnostic.error(Rules.SOURCE_LIMIT, display, line, 1,
                    "include of '" + target + "' is deeper than maxIncludeDepth (" + limits.maxIncludeDepth() + ")",
                    "include fewer levels, or check for an include cycle"));
        }
        if (current.includeCount() >= limits.maxIncludes()) {
            return pageLimit(current, from, line, "the page includes more than maxIncludes (" + limits.maxIncludes()
                    + ") files; this include and the ones after it are left out");
        }
        boolean resourceId = current.settings().antora() && RESOURCE_ID.matcher(target).matches();
        if (!resourceId && URL.matcher(target).find()) {
            return report(current, escape(display, line, target, "includes of URLs are not allowed"));
        }
        Path file;
        if (resourceId) {
            // A file of the site's own catalog: Antora resolves resource ids across components.
            file = current.settings().resources().apply(target).orElse(null);
            if (file == null) {
                return report(current, Diagnostic.error(Rules.PARSE_ASCIIDOC, display, line, 1,
                        "include file not found: " + target,
                        "check the resource id: [version@][component:][module:]partial$path or example$path"));
            }
            if (!current.settings().trusted() && !file.toAbsolutePath().normalize().startsWith(current.sourceRoot())) {
                // Untrusted content reads nothing outside its own source, not even the site's other components.
                return report(current, escape(display, line, target, "the page is not trusted and the file is not of its source"));
            }
        } else {
            try {
                file = current.path(reader.getDir()).resolve(target).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                return report(current, Diagnostic.error(Rules.PARSE_ASCIIDOC, display, line, 1,
                        "include target '" + target + "' is not a valid path", null));
            }
            if (!file.startsWith(current.docsRoot())) {
                return report(current, escape(display, line, target, "it is outside the project's docs folder"));
            }
        }
        current.dependsOn(file);
        if (!Files.isRegularFile(file)) {
            return report(current, Diagnostic.error(Rules.PARSE_ASCIIDOC, display, line, 1,
                    "include file not found: " + target, "check the path; it is relative to the including file"));
        }
        try {
            Path real = file.toRealPath();
            if (!resourceId && !real.startsWith(current.realDocsRoot())
                    || resourceId && !current.settings().trusted() && !real.startsWith(current.sourceRoot())) {
                return report(current, escape(display, line, target, "it links to a file outside the docs folder"));
            }
            if (Files.size(real) > limits.maxFileBytes()) {
                return report(current, Diagnostic.error(Rules.SOURCE_LIMIT, display, line, 1, "included file '" + target
                        + "' is larger than maxFileBytes (" + limits.maxFileBytes() + ")", null));
            }
            byte[] bytes = Files.readAllBytes(real);
            if (current.includedBytes() + bytes.length > limits.maxIncludedBytes()) {
                return pageLimit(current, from, line, "the page's includes add more than maxIncludedBytes ("
                        + limits.maxIncludedBytes() + ") bytes; this include and the ones after it are left out");
            }
            current.countInclude(bytes.length);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            IncludeFilter.Result selected = IncludeFilter.apply(text, attributes);
            for (String problem : selected.problems()) {
                current.report(Diagnostic.warning(Rules.PARSE_ASCIIDOC, display, line, 1, problem + ": " + target, null));
            }
            String relative = current.realDocsRoot().relativize(real).toString().replace('\\', '/');
            current.included(real.toString(), from, line);
            current.includedText(real.toString(), text);
            // Included text gets the protection the page text got: its xref:project: and api: macros are read alike.
            reader.pushInclude(AsciidocLinks.protectProjectXrefs(selected.text()), real.toString(), relative,
                    selected.firstLine(), attributes);
            return null;
        } catch (CharacterCodingException e) {
            return report(current, Diagnostic.error(Rules.SOURCE_READ, display, line, 1,
                    "included file '" + target + "' is not valid UTF-8", "save it as UTF-8"));
        } catch (IOException e) {
            return report(current, Diagnostic.error(Rules.SOURCE_READ, display, line, 1,
                    "included file '" + target + "' cannot be read: " + e.getMessage(), null));
        }
    }

    /**
     * Refuses an include past a limit of the whole page: reported once, on the page, at the line of
     * the page's own directive that led to it (a file included ten times over by files included
     * ten times over would otherwise give thousands of diagnostics).
     */
    private static String pageLimit(AsciidocSession current, String from, int line, String message) {
        if (current.firstIncludeLimit()) {
            current.report(Diagnostic.error(Rules.SOURCE_LIMIT, current.page().displayPath(),
                    current.pageLine(from, line), 1, message,
                    "include fewer or smaller files, or check for files that include each other many times"));
        }
        return message;
    }

    private static Diagnostic escape(String display, int line, String target, String why) {
        return Diagnostic.error(Rules.INCLUDE_ESCAPE, display, line, 1, "include of '" + target + "' refused: " + why,
                "include only files inside the project's docs folder");
    }

    private static String report(AsciidocSession current, Diagnostic diagnostic) {
        current.report(diagnostic);
        return diagnostic.message();
    }
}
