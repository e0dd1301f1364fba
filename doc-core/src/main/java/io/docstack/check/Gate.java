package io.docstack.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.docstack.change.ChangeFilter;
import io.docstack.change.GitChanges;
import io.docstack.config.CheckOptions;
import io.docstack.config.SiteConfig;
import io.docstack.convert.ConversionCache;
import io.docstack.external.ExternalLink;
import io.docstack.external.ExternalLinkChecker;
import io.docstack.link.ResolvedLink;
import io.docstack.model.Diagnostic;
import io.docstack.model.Page;
import io.docstack.model.Severity;
import io.docstack.model.StageClock;
import io.docstack.model.Version;
import io.docstack.pipeline.Pipeline;
import io.docstack.pipeline.Rendering;
import io.docstack.pipeline.Validated;
import io.docstack.report.Baseline;
import io.docstack.report.ConsoleReport;
import io.docstack.report.JunitReport;
import io.docstack.report.ReportFiles;
import io.docstack.report.SarifReport;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;
import io.docstack.source.Sources;

/**
 * The review gate ({@code doc:check}): the {@link Pipeline} once, without HTML and with the
 * conversion cache, then the problems narrowed to a change and a baseline, and the SARIF and
 * JUnit reports written. A baseline or git reference that cannot be used is itself reported as an
 * error, so the gate never passes silently because of it. Holds no state between calls.
 */
public final class Gate {

    /** The reports' file names in the report folder. */
    public static final String SARIF = "results.sarif";
    public static final String JUNIT = "junit.xml";

    private Gate() {
    }

    /** Aggregates, converts and validates (no theme, no output), narrows as {@code options} say, and writes the reports. */
    public static CheckResult run(SiteConfig config, CheckOptions options) {
        StageClock clock = new StageClock();
        ConversionCache cache = options.cacheFile() == null ? null
                : clock.time("cache load", () -> ConversionCache.load(options.cacheFile(), ConversionCache.salt(config)));
        Validated site = Pipeline.once(config, clock, false, cache);
        return report(config, options, site, cache, clock);
    }

    private static CheckResult report(SiteConfig config, CheckOptions options, Validated site, ConversionCache cache,
                              StageClock clock) {
        List<Diagnostic> found = new ArrayList<>(site.diagnostics());
        if (options.external() != null) {
            found.addAll(clock.time("external", () -> ExternalLinkChecker.check(externalLinks(site), options.external())));
        }
        List<Diagnostic> all = config.withSeverities(found);
        CheckResult result = clock.time("report", () -> narrowAndWrite(config, options, site, all, clock));
        List<String> notes = new ArrayList<>(result.notes());
        if (cache != null) {
            notes.add(clock.time("cache save", () -> saveCache(cache, options)));
        }
        return new CheckResult(result.pages(), result.diagnostics(), result.reported(), result.console(), result.repoPrefix(),
                notes, clock.stages(), result.sources());
    }

    private static CheckResult narrowAndWrite(SiteConfig config, CheckOptions options, Validated site,
                                              List<Diagnostic> all, StageClock clock) {
        List<Diagnostic> reported = new ArrayList<>(all);
        List<String> notes = new ArrayList<>();
        // The baseline first: its fingerprints number identical problems over the whole site.
        if (options.baseline() != null) {
            reported = baseline(config, options, all, reported, notes);
        }
        if (options.since() != null && !options.writeBaseline()) {
            reported = sinceRef(config, options, site, reported, notes);
        }
        reported.sort(null);
        String repoPrefix = RepositoryRoot.prefixOf(config.baseDir());
        // Generated API pages are shown as their spec file: one test case per file, not per page.
        List<String> checked = site.converted().pages().stream().map(Page::displayPath).distinct().sorted().toList();
        SarifReport.write(options.reportDir().resolve(SARIF), reported, repoPrefix, Version.current());
        JunitReport.write(options.reportDir().resolve(JUNIT), reported, checked, repoPrefix);
        String reports = options.reportDir().resolve(SARIF) + ", " + options.reportDir().resolve(JUNIT);
        if (!site.coverage().services().isEmpty()) {
            Path coverage = options.reportDir().resolve(Rendering.COVERAGE_JSON);
            ReportFiles.write(coverage, site.coverage().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            reports += ", " + coverage;
        }
        notes.add("reports: " + reports);
        // Writing a baseline records the problems instead of reporting them; "no problems" would mislead.
        List<String> console = options.writeBaseline() ? List.of()
                : ConsoleReport.lines(reported, projectsByFile(site.catalog())::get);
        return new CheckResult(site.converted().pages().size(), all, reported, console, repoPrefix, notes,
                clock.stages(), site.catalog().tally());
    }

    private static String saveCache(ConversionCache cache, CheckOptions options) {
        try {
            cache.save();
            return "cache: " + cache.hits() + " unchanged pages taken from " + options.cacheFile();
        } catch (IOException e) {
            // The cache only saves time; a read-only target folder must not fail the gate.
            return "cache: cannot write " + options.cacheFile() + ": " + e.getMessage();
        }
    }

    /** Every http(s) link of every page, with where it was written. */
    private static List<ExternalLink> externalLinks(Validated site) {
        List<ExternalLink> links = new ArrayList<>();
        for (Page page : site.converted().pages()) {
            for (ResolvedLink link : site.links().of(page.ref())) {
                String href = link.href();
                if (link.wanted() == null && link.problem() == null
                        && (href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8))) {
                    // A link in a file the page includes is at that file's line (Link.file), not the page's.
                    String file = link.link().file() != null ? link.link().file() : page.displayPath();
                    links.add(new ExternalLink(href, file, link.link().line(), link.link().column()));
                }
            }
        }
        return links;
    }

    /** Each source file's project label ({@code compute@2.4}), for the per-project summary. */
    private static Map<String, String> projectsByFile(Catalog catalog) {
        Map<String, String> projects = new HashMap<>();
        for (ProjectSources project : catalog.projects()) {
            String label = project.config().id().toString();
            project.files().forEach(file -> projects.put(file.displayPath(), label));
            if (project.nav() != null) {
                projects.put(project.nav().displayPath(), label);
            }
        }
        return projects;
    }

    private static List<Diagnostic> sinceRef(SiteConfig config, CheckOptions options, Validated site,
                                             List<Diagnostic> current, List<String> notes) {
        // The catalog's projects, so that an Antora component's content roots are watched too; a git
        // ref's or a bundle's files are outside the working tree, and GitChanges leaves them out.
        List<Path> folders = new ArrayList<>();
        site.catalog().projects().forEach(project -> folders.addAll(project.allFolders()));
        GitChanges.Result changes = GitChanges.since(config.baseDir(), options.since(), folders);
        if (changes.problem() != null) {
            List<Diagnostic> withProblem = new ArrayList<>(current);
            withProblem.add(changes.problem());
            return withProblem;
        }
        List<Diagnostic> kept = ChangeFilter.apply(current, changes.changes(), site.catalog(), site.links());
        notes.add("since " + options.since() + ": " + changes.changes().changed().size() + " changed and "
                + changes.changes().removed().size() + " removed files; " + kept.size() + " of " + current.size()
                + " problems concern them");
        return kept;
    }

    private static List<Diagnostic> baseline(SiteConfig config, CheckOptions options, List<Diagnostic> all, List<Diagnostic> current,
                                             List<String> notes) {
        if (options.writeBaseline()) {
            Baseline.write(options.baseline(), all);
            long recorded = all.stream().filter(d -> d.severity() != Severity.INFO).count();
            notes.add("baseline written to " + options.baseline() + " with " + recorded
                    + " problems; later checks with it report only new ones");
            return new ArrayList<>();
        }
        Baseline.Read read = Baseline.read(options.baseline());
        if (read instanceof Baseline.Unreadable unreadable) {
            Diagnostic problem = unreadable.problem();
            List<Diagnostic> withProblem = new ArrayList<>(current);
            withProblem.add(new Diagnostic(problem.severity(), problem.rule(), Sources.display(config.baseDir(), options.baseline()),
                    problem.line(), problem.column(), problem.message(), problem.hint()));
            return withProblem;
        }
        List<Diagnostic> fresh = ((Baseline.Loaded) read).baseline().newProblems(current);
        notes.add("baseline " + options.baseline() + ": " + (current.size() - fresh.size())
                + " known problems hidden, " + fresh.size() + " new");
        return new ArrayList<>(fresh);
    }
}
