package io.docstack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FilterGroupsTest {

    private static final List<String> COMPUTE = List.of("compute", "2.4", "PAGE");
    private static final List<String> NETWORK = List.of("network", "2.1", "PAGE");
    private static final List<String> COMPUTE_API = List.of("compute", "2.4", "API");

    @Test
    void documentsBecomeRunsOfGroupsInOrderOfFirstAppearance() {
        FilterGroups groups = FilterGroups.of(List.of(COMPUTE, COMPUTE, NETWORK, NETWORK, NETWORK, COMPUTE_API, COMPUTE));
        assertThat(groups.groups()).containsExactly(COMPUTE, NETWORK, COMPUTE_API);
        assertThat(groups.runs()).containsExactly(0, 2, 1, 3, 2, 1, 0, 1);
    }

    @Test
    void noDocumentsNoRuns() {
        FilterGroups groups = FilterGroups.of(List.of());
        assertThat(groups.groups()).isEmpty();
        assertThat(groups.runs()).isEmpty();
    }
}
