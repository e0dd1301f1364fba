package io.docstack.build;

import java.nio.file.Path;

import io.docstack.config.SiteConfig;
import io.docstack.model.StageClock;
import io.docstack.pipeline.Pipeline;
import io.docstack.pipeline.Validated;
import io.docstack.publish.DocsBundle;
import io.docstack.publish.OutputFolder;
import io.docstack.publish.SiteInventory;
import io.docstack.source.BundleDescriptor;

/**
 * {@code doc:bundle}: the {@link Pipeline} once, without HTML, then the project's docs bundle
 * written ({@link DocsBundle}). Holds no state between calls.
 */
public final class Bundle {

    private Bundle() {
    }

    /**
     * Validates the one project of {@code config} (against the link inventories it names, as the
     * gate does) and writes its docs bundle to {@code zip}: its docs folder, specs and link
     * inventory. The zip is written even when problems are found; the caller decides whether errors
     * stop the build.
     *
     * @throws IllegalArgumentException when {@code config} has not exactly one project of
     *                                  Docstack's layout, from a folder, or when {@code zip} is an
     *                                  input or an existing file that is not a bundle
     *                                  ({@link OutputFolder#verifyBundle})
     */
    public static BundleResult write(SiteConfig config, Path zip) {
        if (config.projects().size() != 1 || !config.antoraSources().isEmpty() || !config.gitSources().isEmpty()
                || !config.bundles().isEmpty()) {
            throw new IllegalArgumentException("a docs bundle holds exactly one project from a docs folder; this "
                    + "configuration has " + config.projects().size() + " and other sources");
        }
        OutputFolder.verifyBundle(config, zip, BundleDescriptor.FILE_NAME);
        StageClock clock = new StageClock();
        Validated site = Pipeline.once(config, clock, false, null);
        clock.time("bundle", () -> {
            DocsBundle.write(config.projects().get(0), SiteInventory.of(site.catalog(), site.converted(), site.apis()), zip);
            return null;
        });
        return new BundleResult(zip, site.converted().pages().size(), config.withSeverities(site.diagnostics()),
                clock.stages());
    }
}
