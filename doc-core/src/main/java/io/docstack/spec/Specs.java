package io.docstack.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.docstack.config.Limits;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.source.Catalog;
import io.docstack.source.ProjectSources;

/**
 * The spec stage: reads the OpenAPI 3.0/3.1 specs (YAML or JSON) of every project version of a
 * catalog into {@link ServiceSpec}s. Several spec files of one project version make one service.
 * Problems are {@code spec.parse}, {@code spec.ref} and {@code spec.duplicate} diagnostics; a
 * broken spec never stops the others. Project versions are read in parallel (each file once, even
 * when several project versions share it); the result does not depend on the scheduling.
 * Thread-safe.
 */
public final class Specs {

    private Specs() {
    }

    /** How one project version is read; a parameter so that tests can make it fail. */
    interface ProjectReader {
        ProjectSpecs.Result read(ProjectSources project, SpecFiles files);
    }

    /** The service specs of every project version of {@code catalog}, under the default {@link Limits}. */
    public static ApiSite read(Catalog catalog) {
        return read(catalog, Limits.DEFAULTS);
    }

    /**
     * The service specs of every project version of {@code catalog} that has spec candidates.
     * {@code limits} gives the most YAML aliases a spec file may use ({@link Limits#maxYamlAliases()});
     * the other spec limits are fixed (see {@link NodeReader}, {@link SchemaReader}, {@link PlainData}).
     */
    public static ApiSite read(Catalog catalog, Limits limits) {
        return read(catalog, limits, ProjectSpecs::read);
    }

    static ApiSite read(Catalog catalog, Limits limits, ProjectReader reader) {
        List<ProjectSources> projects = catalog.projects().stream().filter(p -> !p.specs().isEmpty()).toList();
        SpecFiles files = new SpecFiles(limits.maxYamlAliases());
        ProjectReader guarded = (project, all) -> guarded(reader, project, all);
        List<ProjectSpecs.Result> results = projects.size() <= 1
                ? projects.stream().map(p -> guarded.read(p, files)).toList()
                : inParallel(projects, files, guarded);
        List<ServiceSpec> services = new ArrayList<>();
        // a file that two project versions share and that cannot be read is one problem, not two
        java.util.Set<Diagnostic> diagnostics = new java.util.LinkedHashSet<>();
        for (ProjectSpecs.Result result : results) {
            if (result.service() != null) {
                services.add(result.service());
            }
            diagnostics.addAll(result.diagnostics());
        }
        return new ApiSite(services, List.copyOf(diagnostics));
    }

    /**
     * The last resort against a bug of ours that a spec triggers (an exception, or a stack
     * overflow that a limit missed): it costs that project version its service, as an error on
     * its first spec file, and the other project versions are still read. A stack overflow
     * unwinds the frames that used the stack, so catching it here is safe.
     */
    private static ProjectSpecs.Result guarded(ProjectReader reader, ProjectSources project, SpecFiles files) {
        try {
            return reader.read(project, files);
        } catch (RuntimeException | StackOverflowError e) {
            return new ProjectSpecs.Result(null, List.of(Diagnostic.error(Rules.SPEC_PARSE, project.specs().get(0).displayPath(),
                    0, 0, "the spec could not be read: " + e,
                    "this is a bug in Docstack: please report it with the spec; the other projects were read")));
        }
    }

    /**
     * Reads the project versions on one thread per core, largest specs first: parsing dominates,
     * and one big spec started last would finish alone on one core (a parallel stream splits the
     * list in halves instead of queueing it). Results come back in catalog order.
     */
    private static List<ProjectSpecs.Result> inParallel(List<ProjectSources> projects, SpecFiles files, ProjectReader reader) {
        int threads = Math.min(projects.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "docstack-spec");
            thread.setDaemon(true);
            return thread;
        });
        try {
            @SuppressWarnings("unchecked")
            Future<ProjectSpecs.Result>[] futures = new Future[projects.size()];
            List<Integer> bySize = new ArrayList<>();
            for (int i = 0; i < projects.size(); i++) {
                bySize.add(i);
            }
            bySize.sort(Comparator.comparingLong((Integer i) -> specBytes(projects.get(i))).reversed());
            for (int i : bySize) {
                futures[i] = pool.submit(() -> reader.read(projects.get(i), files));
            }
            List<ProjectSpecs.Result> results = new ArrayList<>(projects.size());
            for (Future<ProjectSpecs.Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading specs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading specs failed", e.getCause()); // a bug of ours, not a user mistake
        } finally {
            pool.shutdownNow();
        }
    }

    private static long specBytes(ProjectSources project) {
        return project.specs().stream().mapToLong(s -> size(s.file())).sum();
    }

    private static long size(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // only orders the work; the reader reports the file
        }
    }
}
