package io.docstack.search;

import java.nio.file.Path;
import java.util.List;

import io.docstack.SampleSuite;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConvertedSite;
import io.docstack.convert.Converter;
import io.docstack.source.Catalog;
import io.docstack.source.Sources;
import io.docstack.spec.ApiPages;
import io.docstack.spec.ApiSite;
import io.docstack.spec.Specs;

/** The search documents of the sample suite, through the real pipeline as the {@code Pipeline} runs it. */
public final class SuiteDocuments {

    private SuiteDocuments() {
    }

    /** Copies the suite into {@code copy}, converts it with HTML and returns its search documents. */
    public static List<SearchDocument> of(Path copy) {
        SiteConfig config = SampleSuite.site(SampleSuite.copyTo(copy)).build();
        Catalog catalog = Sources.aggregate(config);
        ConvertedSite pages = Converter.convert(catalog, config.limits(), config.threads(), true, null);
        ApiSite apis = Specs.read(catalog, config.limits());
        return SearchDocuments.of(ApiPages.addTo(pages, apis, true), apis);
    }
}
