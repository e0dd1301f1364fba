package io.docstack;

import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** Git repositories made by tests with JGit: commits of written files, branches and tags. */
public final class TestRepos {

    private static final PersonIdent AUTHOR = new PersonIdent("Docstack Tests", "tests@docstack.invalid",
            java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);

    private TestRepos() {
    }

    /** A new repository in {@code dir} on branch {@code main}. */
    public static Git init(Path dir) {
        try {
            return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code path, content…} into the work tree and commits every change, deletions included. */
    public static void commit(Git git, String message, String... pathsAndContents) {
        TestFiles.write(git.getRepository().getWorkTree().toPath(), pathsAndContents);
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A branch at the current commit, not checked out. */
    public static void branch(Git git, String name) {
        try {
            git.branchCreate().setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An annotated tag at the current commit. */
    public static void tag(Git git, String name) {
        try {
            git.tag().setName(name).setAnnotated(true).setMessage(name).setTagger(AUTHOR).setSigned(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }
}
