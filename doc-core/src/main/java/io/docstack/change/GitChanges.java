package io.docstack.change;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;

/**
 * Which files under some folders differ between a git reference and the working tree (committed
 * or not, staged or not, untracked included), with renames detected. Read in-process with JGit:
 * no git binary is needed. Problems (not a repository, unknown reference) are diagnostics.
 */
public final class GitChanges {

    /** A change set, or the problem that kept it from being computed. */
    public record Result(ChangeSet changes, Diagnostic problem) {
    }

    private GitChanges() {
    }

    /**
     * The changes since {@code ref} under {@code folders}, in the repository that holds {@code dir}.
     */
    public static Result since(Path dir, String ref, List<Path> folders) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return failed(ref, "'" + dir + "' is not inside a git repository",
                    "run the check in a git clone, or leave out doc.check.since");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId commit = resolve(repository, ref);
            if (commit == null) {
                return failed(ref, "git reference '" + ref + "' does not exist in " + repository.getWorkTree(),
                        "use a branch (origin/main), a tag, a commit id or HEAD~1; in CI fetch enough history (fetch-depth: 0)");
            }
            return new Result(diff(repository, commit, ref, folders), null);
        } catch (IOException | RevisionSyntaxException e) {
            return failed(ref, "cannot compare with git reference '" + ref + "': " + e.getMessage(),
                    "check the reference and the repository");
        }
    }

    private static ObjectId resolve(Repository repository, String ref) throws IOException {
        try {
            return repository.resolve(ref + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new IOException("the abbreviated id is ambiguous; write more of it");
        } catch (RevisionSyntaxException e) {
            return null;
        }
    }

    private static ChangeSet diff(Repository repository, ObjectId commit, String ref, List<Path> folders)
            throws IOException {
        Path root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        Set<Path> changed = new HashSet<>();
        Set<Path> removed = new HashSet<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
             DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            RevCommit revision = walk.parseCommit(commit);
            CanonicalTreeParser old = new CanonicalTreeParser();
            old.reset(reader, revision.getTree());
            formatter.setRepository(repository);
            formatter.setDetectRenames(true);
            List<String> filters = folders.stream().map(f -> repoPath(root, f)).filter(p -> p != null).toList();
            if (!filters.isEmpty() && !filters.contains("")) {
                formatter.setPathFilter(PathFilterGroup.createFromStrings(filters));
            }
            for (DiffEntry entry : formatter.scan(old, new FileTreeIterator(repository))) {
                switch (entry.getChangeType()) {
                    case ADD, MODIFY, COPY -> changed.add(root.resolve(entry.getNewPath()).normalize());
                    case DELETE -> removed.add(root.resolve(entry.getOldPath()).normalize());
                    case RENAME -> {
                        removed.add(root.resolve(entry.getOldPath()).normalize());
                        changed.add(root.resolve(entry.getNewPath()).normalize());
                    }
                }
            }
        }
        return new ChangeSet(ref, changed, removed);
    }

    /** {@code folder} relative to the work tree with '/' separators, "" for the root, null when outside. */
    private static String repoPath(Path root, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return null;
        }
        return root.relativize(absolute).toString().replace(File.separatorChar, '/');
    }

    private static Result failed(String ref, String message, String hint) {
        return new Result(null, Diagnostic.error(Rules.CHECK_SINCE, "doc.check.since=" + ref, 0, 0, message, hint));
    }
}
