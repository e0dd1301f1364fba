package io.docstack.corpora;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the real-world corpora of {@code ../shared/corpora}, which a user's clone does not have:
 * tests that read them skip when they are absent.
 */
public final class Corpora {

    private Corpora() {
    }

    /**
     * Commits every file of {@code workTree} (a corpus, left untouched) on branch {@code main} of a
     * new repository whose git folder is {@code gitDir}; returns {@code gitDir}. Git sources are
     * then tried on real content exactly as the corpus is.
     */
    public static Path commit(Path workTree, Path gitDir) {
        try (org.eclipse.jgit.lib.Repository repository = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(gitDir.toFile()).setWorkTree(workTree.toFile()).build()) {
            repository.create();
            repository.updateRef(org.eclipse.jgit.lib.Constants.HEAD).link("refs/heads/main");
            try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.wrap(repository)) {
                git.add().addFilepattern(".").call();
                var who = new org.eclipse.jgit.lib.PersonIdent("Docstack Tests", "tests@docstack.invalid");
                git.commit().setMessage("corpus").setAuthor(who).setCommitter(who).setSign(false).call();
            }
            return gitDir;
        } catch (java.io.IOException | org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IllegalStateException("cannot commit " + workTree, e);
        }
    }

    /**
     * The corpus folder: {@code <docstack.corpora>/<name>} when the property is set (and only
     * there), else {@code shared/corpora/<name>} in the working folder or one of its parents
     * (from doc-core of a clone or worktree: {@code ../../shared/corpora}). It must hold {@code marker}.
     */
    public static Optional<Path> locate(String name, String marker) {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("docstack.corpora");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).resolve(name));
        } else {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                candidates.add(dir.resolve("shared/corpora").resolve(name));
            }
        }
        return candidates.stream()
                .filter(candidate -> Files.exists(candidate.resolve(marker)))
                .map(candidate -> candidate.toAbsolutePath().normalize())
                .findFirst();
    }
}
