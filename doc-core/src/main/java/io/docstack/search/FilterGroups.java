package io.docstack.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a static client filters on, for every document, in a few bytes: the distinct
 * {@code [project, version, kind]} groups in order of first appearance, and the documents as runs
 * {@code [group, count, group, count, …]} in document order. Documents come page by page, so a
 * project version's sections form one run and its operations another. Immutable.
 *
 * @param groups the distinct groups
 * @param runs   group index and run length, alternating; the counts add up to the documents
 */
record FilterGroups(List<List<String>> groups, List<Integer> runs) {

    FilterGroups {
        groups = List.copyOf(groups);
        runs = List.copyOf(runs);
    }

    /** The groups and runs of {@code documents}, each a {@code [project, version, kind]}, in document order. */
    static FilterGroups of(List<List<String>> documents) {
        Map<List<String>, Integer> index = new LinkedHashMap<>();
        List<Integer> runs = new ArrayList<>();
        int current = -1;
        for (List<String> document : documents) {
            int group = index.computeIfAbsent(document, g -> index.size());
            if (group == current) {
                runs.set(runs.size() - 1, runs.get(runs.size() - 1) + 1);
            } else {
                runs.add(group);
                runs.add(1);
                current = group;
            }
        }
        return new FilterGroups(new ArrayList<>(index.keySet()), runs);
    }
}
