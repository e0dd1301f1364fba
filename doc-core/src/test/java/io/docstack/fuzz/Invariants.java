package io.docstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * The properties every fuzz harness asserts besides "no exception": each input is handled within
 * {@link #BUDGET} on a watchdog thread (an {@link OutOfMemoryError} or {@link StackOverflowError}
 * there is a finding, not a crash of the fuzzer), and every diagnostic is one a user can act on: a
 * documented rule, a message, and no sign of a bug of ours (a Java exception's name) that a stage
 * caught and turned into a diagnostic. Not thread-safe: harnesses run one input at a time.
 */
final class Invariants {

    /**
     * Time allowed for one input: 2 s by default ({@code -Ddocstack.fuzz.budget=ms}). Warm-up (the
     * first Asciidoctor and Lucene use of a JVM) happens before the first input is timed.
     */
    static final Duration BUDGET = Duration.ofMillis(Long.getLong("docstack.fuzz.budget", 2_000));
    /**
     * A Java exception or error named in a diagnostic: a stage caught a bug of ours, or passed an
     * exception's text on instead of saying what is wrong with the input. Quoted user text ('…') is
     * taken out first, so that a page named {@code FooException} is not one.
     */
    private static final Pattern BUG = Pattern.compile(
            "\\b(?:java|javax|com|org|sun)\\.[\\w.$]*(?:Exception|Error)\\b|\\b[A-Z]\\w*(?:Exception|Error)\\b|bug in Docstack"
                    // MalformedInputException's whole message: a file not UTF-8, reported without saying so.
                    + "|Input length = \\d+");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    /** The exit status of a fuzzer stopped after a hang; bench/fuzz.sh reports it. */
    static final int HUNG_EXIT = 70;

    private static ExecutorService watchdog = newWatchdog();
    /** Whether a warm-up runs, whose checks have no time limit. */
    private static volatile boolean warmingUp;
    /** What hung, once an input has; then no other input is tried. */
    private static volatile String hung;

    private Invariants() {
    }

    /**
     * Runs {@code task} on the watchdog thread and returns its result. An input over the budget is
     * tried once more before it counts (a loaded 2-core machine can stall one run), so the task
     * must set up its own sandbox; the thread of one that still runs is abandoned, since Java
     * cannot stop it.
     *
     * @throws AssertionError when the task throws (anything: an exception is a finding), or is
     *                        still running after the budget twice
     */
    static <T> T inTime(String what, Callable<T> task) {
        stopIfHung();
        try {
            return attempt(what, BUDGET, task);
        } catch (TimeoutException first) {
            try {
                return attempt(what, BUDGET, task);
            } catch (TimeoutException second) {
                throw hung(what + " took longer than " + BUDGET.toMillis() + " ms, twice");
            }
        }
    }

    /** Like {@link #inTime}, tried once within {@code budget}: for a task that cannot be run twice. */
    static <T> T once(String what, Duration budget, Callable<T> task) {
        stopIfHung();
        try {
            return attempt(what, budget, task);
        } catch (TimeoutException e) {
            throw hung(what + " took longer than " + budget.toMillis() + " ms");
        }
    }

    /**
     * The finding of an input that hung: the thread still running it may hold what every later
     * input needs (the shared converter, the preview), so the next input stops the fuzzer instead
     * of failing the same way for the rest of the run (a replay fails it at once instead).
     */
    private static AssertionError hung(String message) {
        hung = message;
        return new AssertionError(message);
    }

    private static void stopIfHung() {
        if (hung != null && System.getProperty("JAZZER_FUZZ") == null && System.getenv("JAZZER_FUZZ") == null) {
            throw new AssertionError("not tried: an earlier input hung (" + hung + ")");
        }
        if (hung != null) {
            System.err.println("docstack fuzz: stopping, an earlier input hung (its input was saved): " + hung);
            System.err.flush();
            Runtime.getRuntime().halt(HUNG_EXIT);
        }
    }

    private static <T> T attempt(String what, Duration budget, Callable<T> task) throws TimeoutException {
        if (warmingUp) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new AssertionError(what + " failed: " + e, e);
            }
        }
        Future<T> future = watchdog.submit(task);
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            watchdog.shutdownNow();
            watchdog = newWatchdog();
            throw e;
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " interrupted", e);
        }
    }

    /**
     * Runs {@code task} (a warm-up) with no time limit on the checks inside it: the first build of a
     * JVM loads Flexmark, Pebble, Lucene and boots Asciidoctor, which must not count against an input.
     */
    static synchronized <T> T untimed(Callable<T> task) {
        warmingUp = true;
        try {
            return task.call();
        } catch (Exception e) {
            throw new AssertionError("warm-up failed: " + e, e);
        } finally {
            warmingUp = false;
        }
    }

    private static ExecutorService newWatchdog() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "docstack-fuzz-input");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Every diagnostic names a documented rule and a file, says what is wrong, and hides no bug of ours. */
    static void wellFormed(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            assertThat(Rules.byId(diagnostic.rule())).as("rule of %s", diagnostic.format()).isPresent();
            assertThat(diagnostic.message()).as("message of %s", diagnostic.format()).isNotBlank();
            assertThat(diagnostic.file()).as("file of %s", diagnostic.format()).isNotNull();
            assertNoBug(ownWords(diagnostic), diagnostic);
            if (diagnostic.hint() != null) {
                assertNoBug(diagnostic.hint(), diagnostic);
            }
        }
    }

    /**
     * The message without the user's names it quotes: a {@code source.skipped} message lists the
     * folders and files it counts unquoted after its first colon ({@code 1 outside modules/: x/ 1}),
     * and a fuzzed folder may well be called "bug in Docstack".
     */
    private static String ownWords(Diagnostic diagnostic) {
        String message = diagnostic.message();
        return diagnostic.rule().equals(Rules.SOURCE_SKIPPED) && message.contains(":")
                ? message.substring(0, message.indexOf(':')) : message;
    }

    private static void assertNoBug(String text, Diagnostic diagnostic) {
        String unquoted = QUOTED.matcher(text).replaceAll("''");
        assertThat(BUG.matcher(unquoted).find()).as("a bug of Docstack reported as a diagnostic: %s", diagnostic.format())
                .isFalse();
    }
}
