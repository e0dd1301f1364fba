package io.docstack.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.docstack.convert.ConvertedSite;
import io.docstack.link.ApiCoverage;
import io.docstack.link.LinkGraph;
import io.docstack.model.Diagnostic;
import io.docstack.nav.SiteNavigation;
import io.docstack.source.Catalog;
import io.docstack.spec.ApiSite;

/**
 * The outputs of the validating stages for one run of the {@link Pipeline}, with every problem they
 * found, and how far the run's changes reach. Immutable.
 *
 * @param catalog     what the source stage listed
 * @param converted   every page, the API reference pages included
 * @param apis        the specs read
 * @param links       every page's links, resolved
 * @param navigation  every project version's navigation
 * @param coverage    the API coverage of the links
 * @param diagnostics every stage's problems, with their own severities (not the configured ones), unsorted
 * @param scope       what changed since the run before
 */
public record Validated(Catalog catalog, ConvertedSite converted, ApiSite apis, LinkGraph links,
                        SiteNavigation navigation, ApiCoverage coverage, List<Diagnostic> diagnostics, Scope scope) {

    public Validated {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The stages' outputs with their problems gathered, {@code unreachable} pages' last. */
    static Validated of(Catalog catalog, ConvertedSite site, ApiSite apis, LinkGraph links, SiteNavigation navigation,
                        ApiCoverage coverage, List<Diagnostic> unreachable, Scope scope) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        diagnostics.addAll(catalog.diagnostics());
        diagnostics.addAll(apis.diagnostics());
        diagnostics.addAll(site.diagnostics());
        diagnostics.addAll(links.diagnostics());
        diagnostics.addAll(coverage.diagnostics());
        diagnostics.addAll(navigation.diagnostics());
        diagnostics.addAll(unreachable);
        return new Validated(catalog, site, apis, links, navigation, coverage, diagnostics, scope);
    }
}
