package io.docstack.external;

import java.util.Objects;

/** What checking one distinct URL found. Immutable. */
sealed interface Outcome permits Outcome.Ok, Outcome.Skipped, Outcome.Broken {

    Outcome OK = new Ok();
    Outcome SKIPPED = new Skipped();

    /** The link works (possibly after redirects); cacheable. */
    record Ok() implements Outcome {
    }

    /** Not checked (offline without a fresh cache entry); reported as nothing. */
    record Skipped() implements Outcome {
    }

    /**
     * The link is broken.
     *
     * @param rule   one of the {@code external.*} rule ids
     * @param detail what went wrong, without the URL (the diagnostic puts the URL as written first)
     * @param hint   how to fix it
     */
    record Broken(String rule, String detail, String hint) implements Outcome {
        public Broken {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(detail, "detail");
        }

        /** The same finding, explained as reached through a redirect to {@code target}. */
        Broken afterRedirect(String target) {
            return new Broken(rule, "redirected to " + target + ": " + detail, hint);
        }
    }
}
