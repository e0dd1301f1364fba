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
     * Commits every file of {@code workTree} (a corpus) on branch {@code main} of a new bare
     * repository at {@code gitDir}; returns {@code gitDir}. The objects are written straight into
     * the repository, so that the corpus itself is never written to (a repository with a separate
     * git folder would leave a {@code .git} file in it). Git sources are then tried on real
     * content exactly as the corpus is.
     */
    public static Path commit(Path workTree, Path gitDir) {
        try (org.eclipse.jgit.lib.Repository repository = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(gitDir.toFile()).setBare().build();
             org.eclipse.jgit.lib.ObjectInserter inserter = repository.newObjectInserter();
             java.util.stream.Stream<Path> walk = Files.walk(workTree)) {
            repository.create(true);
            org.eclipse.jgit.dircache.DirCache index = org.eclipse.jgit.dircache.DirCache.newInCore();
            org.eclipse.jgit.dircache.DirCacheBuilder builder = index.builder();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = workTree.relativize(file).toString().replace('\\', '/');
                if (path.equals(".git") || path.startsWith(".git/")) {
                    continue;
                }
                org.eclipse.jgit.dircache.DirCacheEntry entry = new org.eclipse.jgit.dircache.DirCacheEntry(path);
                entry.setFileMode(org.eclipse.jgit.lib.FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(org.eclipse.jgit.lib.Constants.OBJ_BLOB, Files.readAllBytes(file)));
                builder.add(entry);
            }
            builder.finish();
            org.eclipse.jgit.lib.CommitBuilder commit = new org.eclipse.jgit.lib.CommitBuilder();
            var who = new org.eclipse.jgit.lib.PersonIdent("Docstack Tests", "tests@docstack.invalid");
            commit.setTreeId(index.writeTree(inserter));
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage("corpus");
            org.eclipse.jgit.lib.ObjectId id = inserter.insert(commit);
            inserter.flush();
            org.eclipse.jgit.lib.RefUpdate main = repository.updateRef("refs/heads/main");
            main.setNewObjectId(id);
            main.update();
            return gitDir;
        } catch (java.io.IOException e) {
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
