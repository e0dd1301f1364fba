package io.docstack.convert;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.Jsoup;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Rules;
import io.docstack.source.SourceFile;

/**
 * Converts AsciiDoc pages with one shared AsciidoctorJ instance.
 *
 * <p>In: a page, its text and the docs root of its project version. Out: a {@link Conversion}
 * with the body HTML (placeholders in place of link and image URLs, see {@link AsciidocLinks}),
 * the document title, sections as headings, every id, the links as written, the page
 * {@code description} and {@code page-order} (or {@code order}) attributes, and diagnostics:
 * Asciidoctor's own warnings and errors ({@code parse.asciidoc}), refused includes
 * ({@code include.escape}, see {@link ConfinedIncludeProcessor}). Link targets are recovered as
 * written and placed at {@code line:column} by scanning the source, since Asciidoctor has no
 * positions for inline macros ({@link AsciidocLinks}, {@link SourcePositions}). User input never
 * makes it throw: a page Asciidoctor fails on becomes an error notice and a diagnostic.
 *
 * <p>Creating the instance boots JRuby (seconds), so the constructor does not: {@link #start()}
 * begins it on a daemon thread as soon as the build knows it has AsciiDoc, and {@link #convert}
 * waits for it. Thread-safe: conversions may come from several threads and are serialized on one
 * lock, because the log handler and the include processor are registered once on the instance and
 * report into the conversion in progress, and because concurrent use of one instance has had
 * races in AsciidoctorJ.
 */
final class AsciidocConverter implements AutoCloseable {

    private final Limits limits;
    private final Object bootLock = new Object();
    private final ReentrantLock convertLock = new ReentrantLock();
    private CompletableFuture<Asciidoctor> instance; // guarded by bootLock
    private boolean closed; // guarded by bootLock
    /** The conversion in progress; written under convertLock, read by Asciidoctor callbacks on the same thread. */
    private AsciidocSession current;

    AsciidocConverter(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Begins creating the Asciidoctor instance on a background daemon thread; later calls do nothing. */
    void start() {
        synchronized (bootLock) {
            if (closed) {
                throw new IllegalStateException("converter is closed");
            }
            if (instance != null) {
                return;
            }
            CompletableFuture<Asciidoctor> booting = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    booting.complete(boot());
                } catch (Throwable e) {
                    booting.completeExceptionally(e);
                }
            }, "docstack-asciidoctor-boot");
            thread.setDaemon(true);
            thread.setContextClassLoader(AsciidocConverter.class.getClassLoader());
            thread.start();
            instance = booting;
        }
    }

    /** Converts one page; waits for the instance when it is still booting (and starts it if needed). */
    Conversion convert(SourceFile file, String text, Path docsRoot) {
        Asciidoctor asciidoctor = asciidoctor();
        convertLock.lock();
        try {
            current = new AsciidocSession(file, docsRoot);
            return convert(asciidoctor, current, text);
        } finally {
            current = null;
            convertLock.unlock();
        }
    }

    /** Shuts the instance down once no conversion runs; when it is still booting, as soon as it is up. */
    @Override
    public void close() {
        CompletableFuture<Asciidoctor> created;
        synchronized (bootLock) {
            created = closed ? null : instance;
            closed = true;
        }
        if (created != null) {
            created.thenAccept(asciidoctor -> {
                convertLock.lock();
                try {
                    asciidoctor.shutdown();
                } finally {
                    convertLock.unlock();
                }
            });
        }
    }

    private Asciidoctor asciidoctor() {
        CompletableFuture<Asciidoctor> created;
        synchronized (bootLock) {
            start();
            created = instance;
        }
        try {
            return created.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("AsciidoctorJ could not start", e.getCause());
        }
    }

    private Asciidoctor boot() {
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        dropJulLogHandler(asciidoctor);
        asciidoctor.registerLogHandler(record -> {
            AsciidocSession session = current;
            if (session != null) {
                session.log(record);
            }
        });
        asciidoctor.javaExtensionRegistry().includeProcessor(new ConfinedIncludeProcessor(limits, () -> current));
        return asciidoctor;
    }

    /**
     * AsciidoctorJ also hands every log record to java.util.logging, which prints each problem a
     * second time as "{@code <stdin>: line 3: …}", without the page name. Its handler list has no
     * API, so it is edited by reflection, on this instance only; if that fails the duplicates stay.
     */
    private static void dropJulLogHandler(Asciidoctor asciidoctor) {
        try {
            Field field = asciidoctor.getClass().getDeclaredField("logHandlers");
            field.setAccessible(true);
            ((List<?>) field.get(asciidoctor)).removeIf(handler -> handler.getClass().getSimpleName()
                    .equals("JULLogHandler"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Duplicate console lines are noise, not wrong output.
        }
    }

    private Conversion convert(Asciidoctor asciidoctor, AsciidocSession session, String text) {
        try {
            Document document = asciidoctor.load(AsciidocLinks.protectProjectXrefs(text), options(session.page().file()));
            markBlocks(document, session);
            String body = document.convert();
            AsciidocLinks.Result result = AsciidocLinks.process(body, text, string(document, "imagesdir"));
            List<Heading> headings = headings(document, session);
            Set<String> anchors = new LinkedHashSet<>(result.anchors());
            headings.stream().map(Heading::id).filter(id -> !id.isEmpty()).forEach(anchors::add);
            return new Conversion(title(document), string(document, "description"), order(document, session),
                    result.html(), headings, anchors, result.links(), session.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .findFirst().orElse("");
            session.report(Diagnostic.error(Rules.PARSE_ASCIIDOC, session.page().displayPath(), 0, 0,
                    "the page could not be converted: " + reason, "fix the AsciiDoc syntax around the reported problem"));
            return ConversionFailure.notice(null, "AsciiDoc conversion failed: " + reason, session.diagnostics());
        }
    }

    private static Options options(Path file) {
        Attributes attributes = Attributes.builder()
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("relfilesuffix", ".adoc")
                .attribute("relfileprefix", AsciidocLinks.XREF_MARKER)
                .build();
        return Options.builder().safe(SafeMode.SERVER).baseDir(file.toAbsolutePath().getParent().toFile())
                .toFile(false).standalone(false).sourcemap(true).attributes(attributes).build();
    }

    /** Puts each block's page line on it as a role, so that links in its HTML can be placed. */
    private static void markBlocks(Document document, AsciidocSession session) {
        for (StructuralNode node : document.findBy(Map.of())) {
            Cursor at = node.getSourceLocation();
            if (at == null || "document".equals(node.getContext())) {
                continue;
            }
            String file = at.getFile();
            if (file == null || file.isEmpty()) {
                node.addRole(AsciidocLinks.LINE_ROLE + at.getLineNumber());
            } else if (session.pageLine(file, 0) > 0) {
                node.addRole(AsciidocLinks.INCLUDE_ROLE + session.pageLine(file, 0));
            }
        }
    }

    private static List<Heading> headings(Document document, AsciidocSession session) {
        List<Heading> headings = new ArrayList<>();
        for (StructuralNode section : document.findBy(Map.of("context", ":section"))) {
            if (section instanceof Section found && "header".equals(found.getSectionName())) {
                continue; // the document title, which find_by visits too
            }
            Cursor at = section.getSourceLocation();
            int line = at == null ? 0 : session.pageLine(at.getFile(), at.getLineNumber());
            String id = section.getId() == null ? "" : section.getId();
            int level = Math.min(6, section.getLevel() + 1);
            headings.add(new Heading(level, plain(section.getTitle()), id, line));
        }
        return headings;
    }

    /** The document title from the header ({@code = Title}) or a {@code title} attribute, else null. */
    private static String title(Document document) {
        // getDoctitle() falls back to the first section's title, which is not an explicit title.
        if (!document.hasAttribute("doctitle") && !document.hasAttribute("title")) {
            return null;
        }
        String title = document.getDoctitle();
        return title == null || title.isBlank() ? null : plain(title);
    }

    private static Integer order(Document document, AsciidocSession session) {
        String name = document.hasAttribute("page-order") ? "page-order" : "order";
        String value = string(document, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            session.report(Diagnostic.warning(Rules.PARSE_ASCIIDOC, session.page().displayPath(), 0, 0,
                    "attribute '" + name + "' is not a whole number: " + value, "write it as :" + name + ": 10"));
            return null;
        }
    }

    private static String string(Document document, String name) {
        Object value = document.getAttribute(name);
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String plain(String html) {
        return Jsoup.parseBodyFragment(html).text().replace(AsciidocLinks.XREF_MARKER, "");
    }
}
