package io.docstack.search;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The sloppy frequency of a phrase in one document, as Lucene's {@code SloppyPhraseMatcher}
 * counts it: each match adds {@code 1 / (1 + match length)}, where a match is found by moving the
 * word that is furthest behind (position minus its offset in the phrase) until the window stops
 * shrinking. Repeated words are not kept apart (Lucene does). Stateless.
 */
final class SloppyPhrase {

    private SloppyPhrase() {
    }

    /** @param positions per phrase word (its offset is its index), its ascending positions in the document */
    static double frequency(List<int[]> positions, int slop) {
        int words = positions.size();
        int[] at = new int[words];
        Comparator<Integer> order = Comparator.comparingInt((Integer w) -> position(positions, at, w))
                .thenComparingInt(w -> w);
        PriorityQueue<Integer> queue = new PriorityQueue<>(order);
        int end = Integer.MIN_VALUE;
        for (int w = 0; w < words; w++) {
            end = Math.max(end, position(positions, at, w));
            queue.add(w);
        }
        double frequency = 0;
        while (true) {
            int word = queue.poll();
            int matchLength = end - position(positions, at, word);
            int next = position(positions, at, queue.peek());
            boolean matched = false;
            while (++at[word] < positions.get(word).length) {
                int position = position(positions, at, word);
                end = Math.max(end, position);
                if (position > next) {
                    queue.add(word);
                    if (matchLength <= slop) {
                        matched = true;
                        break;
                    }
                    word = queue.poll();
                    next = position(positions, at, queue.peek());
                    matchLength = end - position(positions, at, word);
                } else {
                    matchLength = Math.min(matchLength, end - position);
                }
            }
            if (matchLength <= slop) {
                frequency += 1.0 / (1 + matchLength);
            }
            if (!matched) {
                return frequency;
            }
        }
    }

    private static int position(List<int[]> positions, int[] at, int word) {
        return positions.get(word)[at[word]] - word;
    }
}
