package io.docstack.model;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints: the closest candidate by edit distance, when it is close enough. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate nearest to {@code wanted}, or null when none is within a third of its length. */
    public static String nearest(String wanted, Collection<String> candidates) {
        String best = null;
        int allowed = Math.max(2, wanted.length() / 3);
        int bestDistance = Integer.MAX_VALUE;
        String lower = wanted.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            // Lengths that differ by more than the best distance so far (or than allowed) cannot do
            // better: a site's thousand paths cost the few near ones, not a thousand full distances.
            int limit = Math.min(bestDistance, allowed);
            if (Math.abs(candidate.length() - wanted.length()) > limit) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= allowed ? best : null;
    }

    public static String didYouMean(String wanted, Collection<String> candidates) {
        String nearest = nearest(wanted, candidates);
        return nearest == null ? null : "did you mean '" + nearest + "'?";
    }

    /** Levenshtein distance, two rows. */
    public static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is sure to be more than {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int least = Integer.MAX_VALUE;
            for (int value : current) {
                least = Math.min(least, value);
            }
            if (least > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
