package io.docstack.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

import io.docstack.config.BundleSource;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Reads the configured docs bundles: each is validated and copied into a {@link MemoryTree}
 * ({@link BundleArchive}), never unpacked to disk, within the room the {@link SourceBudget} leaves. A bundle's {@code docs} folder is a
 * project of Docstack's layout (named by its {@link BundleDescriptor}), or an Antora content root
 * when it holds an {@code antora.yml}. A bundle that cannot be resolved, is not a zip, holds unsafe
 * entries or no descriptor is one {@link Rules#SOURCE_BUNDLE} error naming it; the other sources
 * still build. Stateless and thread-safe.
 */
final class Bundles {

    private Bundles() {
    }

    static Contributed read(SiteConfig config, SourceBudget budget, List<Diagnostic> diagnostics) {
        List<ProjectConfig> projects = new ArrayList<>();
        List<Path> antoraRoots = new ArrayList<>();
        Set<Path> untrusted = new HashSet<>();
        for (BundleSource bundle : config.bundles()) {
            String problem = read(config, bundle, budget, projects, antoraRoots, untrusted, diagnostics);
            if (problem != null) {
                diagnostics.add(Diagnostic.error(Rules.SOURCE_BUNDLE, bundle.label(), 0, 0,
                        "docs bundle " + bundle.label() + " is left out: " + problem,
                        "publish the bundle with mvn doc:bundle (classifier docs) and check its coordinates"));
            }
        }
        return new Contributed(projects, antoraRoots, untrusted);
    }

    /** Adds the bundle's project or content root; the problem when it cannot. */
    private static String read(SiteConfig config, BundleSource bundle, SourceBudget budget, List<ProjectConfig> projects,
                               List<Path> antoraRoots, Set<Path> untrusted, List<Diagnostic> diagnostics) {
        if (bundle.file() == null) {
            return "it cannot be resolved: " + bundle.unresolved();
        }
        try {
            MemoryTree memory = MemoryTree.create(bundle.file().getFileName().toString());
            long held = BundleArchive.read(bundle.file(), config.limits(), budget.room(), memory);
            Path descriptorFile = memory.root().resolve(BundleDescriptor.FILE_NAME);
            if (!Files.isRegularFile(descriptorFile)) {
                return "it has no " + BundleDescriptor.FILE_NAME + " at its root, so it is not a docs bundle";
            }
            BundleDescriptor descriptor = BundleDescriptor.parse(Files.readAllBytes(descriptorFile));
            Path docs = memory.root().resolve(BundleDescriptor.DOCS);
            if (!bundle.trusted()) {
                untrusted.add(docs);
            }
            if (Files.isRegularFile(docs.resolve("antora.yml"))) {
                antoraRoots.add(docs);
            } else {
                String where = MemoryTree.display(memory.root().resolve(BundleDescriptor.FILE_NAME));
                projects.add(Sources.withAllowedEditUrl(descriptor.project(docs), where, diagnostics).withTrusted(bundle.trusted()));
            }
            budget.keep(held);
            return null;
        } catch (NoSuchFileException e) {
            return "the file " + bundle.file() + " does not exist";
        } catch (BundleArchive.Refused e) {
            return e.getMessage();
        } catch (IOException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return "its " + BundleDescriptor.FILE_NAME + " cannot be read: " + message.lines().findFirst().orElse(message);
        }
    }
}
