package io.docstack.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.docstack.model.Diagnostic;

/**
 * Stable ids for diagnostics, used by the {@link Baseline} and SARIF's {@code partialFingerprints}.
 *
 * <p>A fingerprint is {@code HASH:N}: {@code HASH} is the first 32 hex digits of the SHA-256 of
 * {@code rule + '\0' + file + '\0' + message}, {@code N} the occurrence index of the diagnostic
 * among those with the same hash, counted in {@link Diagnostic} order. Positions are left out of
 * the hash so that editing a page above a problem does not turn it into a "new" problem; the
 * index keeps two identical problems of one file apart. Stateless and thread-safe.
 */
public final class Fingerprint {

    private static final int HEX_DIGITS = 32;

    private Fingerprint() {
    }

    /**
     * The fingerprints of {@code diagnostics}, in the same order as the list (the i-th fingerprint
     * belongs to the i-th diagnostic). Occurrence indices are counted in sorted order whatever the
     * order of the list, so the result does not depend on how the list was assembled. Equal
     * diagnostics (records can be equal) get distinct indices.
     */
    public static List<String> of(List<Diagnostic> diagnostics) {
        int size = diagnostics.size();
        Integer[] sorted = new Integer[size];
        Arrays.setAll(sorted, i -> i);
        // A stable sort: equal diagnostics keep their list order.
        Arrays.sort(sorted, Comparator.comparing(diagnostics::get));
        MessageDigest sha256 = sha256();
        Map<String, Integer> seen = new HashMap<>();
        String[] fingerprints = new String[size];
        for (int index : sorted) {
            String hash = hash(sha256, diagnostics.get(index));
            int occurrence = seen.merge(hash, 1, Integer::sum) - 1;
            fingerprints[index] = hash + ':' + occurrence;
        }
        return List.of(fingerprints);
    }

    private static String hash(MessageDigest sha256, Diagnostic diagnostic) {
        String key = diagnostic.rule() + '\0' + diagnostic.file() + '\0' + diagnostic.message();
        byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
