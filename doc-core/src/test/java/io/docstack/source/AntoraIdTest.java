package io.docstack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.docstack.model.SitePath;

/** Where a {@code page-aliases} entry is published; AntoraPageAliasesTest checks each against Antora. */
class AntoraIdTest {

    private static Optional<String> alias(String id, String pageModule) {
        return AntoraId.parse(id).flatMap(parsed -> parsed.aliasPath(pageModule)).map(SitePath::value);
    }

    @Test
    void anAliasIsInThePagesModuleUnlessItNamesOneAndMayLeaveOutAdoc() {
        assertThat(alias("old.adoc", "admin")).contains("admin/old.adoc");
        assertThat(alias("old", "admin")).contains("admin/old.adoc");
        assertThat(alias("ops:legacy/old.adoc", "admin")).contains("ops/legacy/old.adoc");
        assertThat(alias("::old.adoc", "admin")).contains("old.adoc");
    }

    @Test
    void moduleDotIsWhereRootsPagesAre() {
        assertThat(alias(".:old.adoc", "admin")).contains("old.adoc");
    }

    @Test
    void anAliasThatNamesNoPathIsEmpty() {
        assertThat(alias("#only-a-fragment", "ROOT")).isEmpty();
        assertThat(alias("../outside.adoc", "ROOT")).isEmpty();
    }
}
