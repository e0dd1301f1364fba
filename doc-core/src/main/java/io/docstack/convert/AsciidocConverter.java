package io.docstack.convert;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;

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
 * ({@code include.escape}, see {@link ConfinedIncludeProcessor}), ids given to two elements
 * ({@code anchor.duplicate}, see {@link AsciidocAnchors}; Asciidoctor's own "already in use"
 * warnings become these). Link targets are recovered as
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

    private static final String JRUBY_CLASS_VALUES = "jruby.ji.class.values";

    static {
        // JRuby keeps each runtime's Java-integration data in java.lang.ClassValue by default, which
        // the JDK's own classes hold on to: every runtime a JVM ever started stayed in memory (10 MB
        // for a two-page site; a 1 GiB heap was full after 525 fuzz builds). A map owned by the
        // runtime goes with it. JRuby reads the option once, when its first runtime starts, so it is
        // set before that; a value the user set (-Djruby.ji.class.values=...) wins.
        if (System.getProperty(JRUBY_CLASS_VALUES) == null) {
            System.setProperty(JRUBY_CLASS_VALUES, "HARD_MAP");
        }
    }

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
        return convert(file, text, AsciidocPage.of(docsRoot));
    }

    /** Converts one page with its settings (an Antora page's attributes and resource ids). */
    Conversion convert(SourceFile file, String text, AsciidocPage settings) {
        Asciidoctor asciidoctor = asciidoctor();
        convertLock.lock();
        try {
            current = new AsciidocSession(file, settings);
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

    /** The instance, booting it if needed. */
    Asciidoctor asciidoctor() {
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
        AsciidocGuards.install(asciidoctor);
        asciidoctor.javaExtensionRegistry().inlineMacro(ApiInlineMacro.class);
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

    private Conversion convert(Asciidoctor asciidoctor, AsciidocSession session, String source) {
        NulCharacters.warning(source, session.page().displayPath()).ifPresent(session::report);
        String text = NulCharacters.replaced(source);
        try {
            Document document = asciidoctor.load(AsciidocLinks.protectProjectXrefs(text), options(session.page().file(),
                    session.settings().attributes(), limits, session.settings().trusted(), session.settings().antora()));
            AsciidocBlockLines.mark(document, session);
            org.jsoup.nodes.Document html = AsciidocLinks.parse(document.convert());
            AsciidocLinks.Result result = AsciidocLinks.process(html, text, AsciidocOutline.string(document, "imagesdir"),
                    session.settings().antora(), session);
            List<Heading> headings = AsciidocOutline.headings(document, session);
            session.diagnostics().addAll(AsciidocAnchors.check(html, text, session,
                    AsciidocOutline.generatedSections(document), title -> naturalSectionId(asciidoctor, document, title)));
            if (!session.settings().trusted()) {
                // Before the block marks go: they place each removal at its block's line.
                session.diagnostics().addAll(UntrustedHtml.clean(html.body(), new SourcePositions(text),
                        session.page().displayPath(), element -> AsciidocBlockLines.of(element).line()));
            }
            AsciidocBlockLines.unmark(html);
            Set<String> anchors = new LinkedHashSet<>(result.anchors());
            headings.stream().map(Heading::id).filter(id -> !id.isEmpty()).forEach(anchors::add);
            return new Conversion(AsciidocOutline.title(document), AsciidocOutline.string(document, "description"),
                    AsciidocOutline.order(document, session), html.body().html(), headings, anchors, result.links(),
                    session.diagnostics(), session.includes());
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .findFirst().orElse("");
            session.report(Diagnostic.error(Rules.PARSE_ASCIIDOC, session.page().displayPath(), 0, 0,
                    "the page could not be converted: " + reason, "fix the AsciiDoc syntax around the reported problem"));
            session.diagnostics().addAll(AsciidocAnchors.unplaced(session));
            return ConversionFailure.notice(null, "AsciiDoc conversion failed: " + reason, session.diagnostics());
        }
    }

    /**
     * The id defaults of a page: a Docstack project's section ids are GitHub-like slugs, as its
     * Markdown pages' are (no '_' prefix, words joined by '-'); an Antora page keeps Asciidoctor's own
     * ({@code _words_joined_by_underscores}), as Antora does not change them, so that links written
     * for the Antora site ({@code xref:page.adoc#_section_title}) resolve. Either can be set by the
     * site, the component or the page ({@code :idprefix:}).
     */
    private static org.asciidoctor.AttributesBuilder idAttributes(boolean antora) {
        return antora ? Attributes.builder() : Attributes.builder().attribute("idprefix", "").attribute("idseparator", "-");
    }

    /**
     * The id Asciidoctor generates for a section title (HTML) when no other id is in the way:
     * the title is converted again, alone, as a passthrough, with the id settings the page ended
     * with. Log records of this side conversion are not the page's.
     */
    private String naturalSectionId(Asciidoctor asciidoctor, Document page, String title) {
        AsciidocSession session = current;
        current = null;
        try {
            Attributes ids = Attributes.builder()
                    .attribute("idprefix", Objects.toString(page.getAttribute("idprefix"), "_"))
                    .attribute("idseparator", Objects.toString(page.getAttribute("idseparator"), "_")).build();
            Document alone = asciidoctor.load("== pass:[" + title.replace("]", "\\]") + "]", Options.builder()
                    .safe(SafeMode.SECURE).attributes(ids).build());
            return alone.getBlocks().isEmpty() ? "" : Objects.toString(alone.getBlocks().get(0).getId(), "");
        } finally {
            current = session;
        }
    }

    private static Options options(Path file, java.util.Map<String, String> pageAttributes, Limits limits, boolean trusted,
                                   boolean antora) {
        org.asciidoctor.AttributesBuilder builder = idAttributes(antora);
        pageAttributes.forEach(builder::attribute);
        Attributes attributes = builder
                .attribute("relfilesuffix", ".adoc")
                .attribute("relfileprefix", AsciidocLinks.XREF_MARKER)
                // Unset and locked ('!'), whatever the page or the site says: embedding images as data
                // URIs reads files past every check of the link stage (a link out of the docs folder
                // included), and reading URLs fetches whatever a page names.
                .attribute("data-uri!", "")
                .attribute("allow-uri-read!", "")
                .build();
        // A string, not a File: pages of git refs and bundles live in memory, and includes are resolved by
        // ConfinedIncludeProcessor against the page's own file system.
        // Secure mode for untrusted pages: no docinfo, no attribute unlocking file reads. Includes still go
        // through ConfinedIncludeProcessor, which Asciidoctor calls in every mode.
        return Options.builder().safe(trusted ? SafeMode.SERVER : SafeMode.SECURE)
                .option(Options.BASEDIR, file.toAbsolutePath().getParent().toString())
                .toFile(false).standalone(false).sourcemap(true).attributes(attributes)
                .option(AsciidocGuards.BUDGET_OPTION, limits.maxAttributeBytes()).build();
    }
}
