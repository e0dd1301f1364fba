package io.docstack.source;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;

import io.docstack.config.GitSource;
import io.docstack.config.Limits;
import io.docstack.config.ProjectConfig;
import io.docstack.config.SiteConfig;
import io.docstack.model.Diagnostic;
import io.docstack.model.Rules;
import io.docstack.model.UserInfo;

/**
 * Reads the configured git sources: every branch and tag matching a source's patterns becomes a
 * version, read with JGit straight from the git objects into a {@link MemoryTree} (no checkout, no
 * {@code git} binary). Remote repositories are fetched into a bare mirror first. Problems are
 * {@link Rules#SOURCE_GIT} diagnostics naming the repository and the ref; the other sources, and
 * the other refs of the same source, still build. Stateless and thread-safe.
 */
final class GitSources {

    private static final String DESCRIPTOR = "antora.yml";

    private GitSources() {
    }

    /** A ref chosen by a source's patterns, and the version it stands for in Docstack's layout. */
    private record Chosen(String kind, String name, ObjectId id, String version) {
    }

    /** The projects and Antora content roots of every git source of {@code config}. */
    static Contributed read(SiteConfig config, SourceBudget budget, List<Diagnostic> diagnostics) {
        List<ProjectConfig> projects = new ArrayList<>();
        List<Path> antoraRoots = new ArrayList<>();
        java.util.Set<Path> untrusted = new java.util.HashSet<>();
        for (GitSource source : config.gitSources()) {
            // The URL as shown never holds its credentials; the fetch gets them (source.repository()).
            String shown = source.remote() ? UserInfo.strip(source.repository()) : Sources.display(config.baseDir(), local(config, source));
            try (Repository repository = open(config, source, shown, diagnostics)) {
                if (repository != null) {
                    for (Chosen ref : choose(repository, source, shown, diagnostics)) {
                        readRef(config, budget, source, shown, repository, ref, projects, antoraRoots, untrusted, diagnostics);
                    }
                }
            }
        }
        return new Contributed(projects, antoraRoots, untrusted);
    }

    private static Path local(SiteConfig config, GitSource source) {
        return config.baseDir().resolve(source.repository()).toAbsolutePath().normalize();
    }

    /** The repository, fetched first when remote; null, with a diagnostic, when it cannot be opened. */
    private static Repository open(SiteConfig config, GitSource source, String shown, List<Diagnostic> diagnostics) {
        try {
            if (source.remote()) {
                return mirror(source);
            }
            File dir = local(config, source).toFile();
            File gitDir = RepositoryCache.FileKey.resolve(dir, FS.DETECTED);
            if (gitDir == null) {
                diagnostics.add(Diagnostic.error(Rules.SOURCE_GIT, shown, 0, 0, dir.exists()
                                ? "'" + shown + "' is not a git repository" : "git repository '" + shown + "' does not exist",
                        "point <repository> at a clone, a bare repository or a URL"));
                return null;
            }
            return new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
        } catch (IOException | GitAPIException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(Rules.SOURCE_GIT, shown, 0, 0,
                    "git repository '" + shown + "' cannot be read: " + reason(e),
                    source.remote() ? "check the URL and your network; credentials come from ~/.netrc" : "check the path"));
            return null;
        }
    }

    /**
     * A bare mirror of a remote repository in the source's cache folder, created on first use and
     * brought up to date with one fetch (branches and tags, deleted refs removed) on every build.
     */
    private static Repository mirror(GitSource source) throws IOException, GitAPIException {
        Path dir = source.cacheDir().resolve(source.projectName() + "-" + hash(source.repository()) + ".git");
        boolean created = !Files.isDirectory(dir);
        try {
            Git git = created ? Git.init().setBare(true).setDirectory(dir.toFile()).call() : Git.open(dir.toFile());
            try (git) {
                // Credentials as curl and git read them from ~/.netrc; none are needed for public repositories.
                git.fetch().setRemote(source.repository()).setTimeout(60).setRemoveDeletedRefs(true)
                        .setCredentialsProvider(new org.eclipse.jgit.transport.NetRCCredentialsProvider())
                        .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"))
                        .call();
                return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
            }
        } catch (IOException | GitAPIException | RuntimeException e) {
            if (created) {
                // A failed first fetch leaves an empty repository that would hide the problem next time.
                org.eclipse.jgit.util.FileUtils.delete(dir.toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE
                        | org.eclipse.jgit.util.FileUtils.SKIP_MISSING);
            }
            throw e;
        }
    }

    /** The refs the patterns choose, by name; each pattern that chooses nothing is reported. */
    private static List<Chosen> choose(Repository repository, GitSource source, String shown, List<Diagnostic> diagnostics) {
        List<Chosen> chosen = new ArrayList<>();
        try {
            chosen.addAll(choose("branch", branches(repository), source.branches(), shown, diagnostics));
            chosen.addAll(choose("tag", refs(repository, Constants.R_TAGS), source.tags(), shown, diagnostics));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Rules.SOURCE_GIT, shown, 0, 0, "cannot list the refs of '" + shown + "': "
                    + reason(e), "check that the repository is not damaged"));
        }
        return chosen;
    }

    private static List<Chosen> choose(String kind, Map<String, ObjectId> refs, List<String> patterns, String shown,
                                       List<Diagnostic> diagnostics) {
        List<Chosen> chosen = new ArrayList<>();
        List<String> including = patterns.stream().filter(p -> !p.startsWith("!")).toList();
        List<Pattern> excluding = patterns.stream().filter(p -> p.startsWith("!")).map(p -> glob(p.substring(1))).toList();
        for (String pattern : including) {
            Pattern glob = glob(pattern);
            int before = chosen.size();
            refs.forEach((name, id) -> {
                boolean taken = chosen.stream().anyMatch(c -> c.name().equals(name)); // by an earlier pattern of this kind
                if (!taken && glob.matcher(name).matches() && excluding.stream().noneMatch(x -> x.matcher(name).matches())) {
                    chosen.add(new Chosen(kind, name, id, GitSource.version(pattern, name)));
                }
            });
            if (chosen.size() == before && refs.keySet().stream().noneMatch(n -> glob.matcher(n).matches())) {
                String kinds = kind.equals("branch") ? "branches" : "tags";
                String known = refs.isEmpty() ? "it has no " + kinds
                        : "its " + kinds + " include " + String.join(", ", refs.keySet().stream().limit(5).toList());
                diagnostics.add(Diagnostic.error(Rules.SOURCE_GIT, shown, 0, 0, kind + " pattern '" + pattern
                        + "' matches no " + kind + " of '" + shown + "'", "fix the pattern; " + known));
            }
        }
        return chosen;
    }

    /** Local branches, and {@code origin}'s branches that have no local branch of that name (a CI clone has only those). */
    private static Map<String, ObjectId> branches(Repository repository) throws IOException {
        Map<String, ObjectId> branches = refs(repository, Constants.R_HEADS);
        refs(repository, Constants.R_REMOTES + "origin/").forEach((name, id) -> {
            if (!name.equals(Constants.HEAD)) {
                branches.putIfAbsent(name, id);
            }
        });
        return branches;
    }

    private static Map<String, ObjectId> refs(Repository repository, String prefix) throws IOException {
        Map<String, ObjectId> refs = new TreeMap<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
            if (ref.getObjectId() != null) {
                refs.put(ref.getName().substring(prefix.length()), ref.getObjectId());
            }
        }
        return refs;
    }

    /** A ref name pattern: {@code *} and {@code ?} within one segment, {@code **} across segments. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static void readRef(SiteConfig config, SourceBudget budget, GitSource source, String shown, Repository repository,
                                Chosen ref, List<ProjectConfig> projects, List<Path> antoraRoots, java.util.Set<Path> untrusted,
                                List<Diagnostic> diagnostics) {
        String where = shown + " " + ref.kind() + " " + ref.name();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            ObjectId tree = walk.parseCommit(ref.id()).getTree();
            Map<String, ObjectId> folders = new LinkedHashMap<>();
            List<String> antora = new ArrayList<>();
            List<String> docs = new ArrayList<>();
            for (String startPath : source.startPaths()) {
                Optional<ObjectId> folder = folder(reader, tree, startPath);
                if (folder.isEmpty()) {
                    diagnostics.add(Diagnostic.error(Rules.SOURCE_GIT, shown, 0, 0, where + " has no folder '"
                            + startPath + "'", "set <startPath> to the folder that holds the docs in that ref"));
                    continue;
                }
                folders.put(startPath, folder.get());
                if (TreeWalk.forPath(reader, DESCRIPTOR, folder.get()) != null) {
                    antora.add(startPath);
                } else {
                    docs.add(startPath);
                    String specs = specsFolder(startPath);
                    if (specs != null) {
                        folder(reader, tree, specs).ifPresent(id -> folders.putIfAbsent(specs, id));
                    }
                }
            }
            MemoryTree memory = MemoryTree.create(source.projectName() + "@" + ref.name());
            if (folders.isEmpty() || !copy(reader, folders, memory, config.limits(), budget, where, shown, diagnostics)) {
                return;
            }
            antora.forEach(startPath -> antoraRoots.add(at(memory, startPath)));
            for (String startPath : docs) {
                projects.add(new ProjectConfig(source.projectName(), source.title(), source.description(), ref.version(),
                        at(memory, startPath), null, source.anchors(), null, source.trusted()));
            }
            if (!source.trusted()) {
                antora.forEach(startPath -> untrusted.add(at(memory, startPath)));
                docs.forEach(startPath -> untrusted.add(at(memory, startPath)));
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(Rules.SOURCE_GIT, shown, 0, 0, "cannot read " + where + ": " + reason(e),
                    e instanceof IllegalArgumentException ? "match refs whose names make valid versions (letters, digits, '.', '-', '_')"
                            : "check that the repository is not damaged"));
        }
    }

    private static Path at(MemoryTree memory, String startPath) {
        return startPath.isEmpty() ? memory.root() : memory.root().resolve(startPath);
    }

    /** The {@code openapi} folder beside the docs folder, as in a module's {@code src/openapi} beside {@code src/docs}. */
    private static String specsFolder(String startPath) {
        if (startPath.isEmpty()) {
            return null;
        }
        int slash = startPath.lastIndexOf('/');
        return slash < 0 ? "openapi" : startPath.substring(0, slash) + "/openapi";
    }

    private static Optional<ObjectId> folder(ObjectReader reader, ObjectId tree, String path) throws IOException {
        if (path.isEmpty()) {
            return Optional.of(tree);
        }
        try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
            return walk != null && walk.isSubtree() ? Optional.of(walk.getObjectId(0)) : Optional.empty();
        }
    }

    /**
     * Copies the blobs of {@code folders} (path in the repository to tree) into memory, after
     * counting them against the limits and the budget (git checks that a blob inflates to the size
     * its header gives); false, with a diagnostic, when the ref is too large. Symbolic links are
     * left out with a warning: their target is a path the ref may not hold.
     */
    private static boolean copy(ObjectReader reader, Map<String, ObjectId> folders, MemoryTree memory, Limits limits,
                                SourceBudget budget, String where, String shown, List<Diagnostic> diagnostics)
            throws IOException {
        Map<String, ObjectId> blobs = new LinkedHashMap<>();
        SourceBudget.Room room = budget.room();
        long bytes = 0;
        for (Map.Entry<String, ObjectId> folder : folders.entrySet()) {
            try (TreeWalk walk = new TreeWalk(reader)) {
                walk.addTree(folder.getValue());
                walk.setRecursive(true);
                while (walk.next()) {
                    String path = folder.getKey().isEmpty() ? walk.getPathString() : folder.getKey() + "/" + walk.getPathString();
                    FileMode mode = walk.getFileMode(0);
                    if (mode == FileMode.SYMLINK) {
                        diagnostics.add(Diagnostic.warning(Rules.SOURCE_GIT, MemoryTree.display(memory.root().resolve(path)),
                                0, 0, "symbolic link left out of " + where, "commit the file itself instead of a link"));
                    } else if ((mode.getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
                        blobs.put(path, walk.getObjectId(0));
                        bytes += MemoryTree.cost(reader.getObjectSize(walk.getObjectId(0), Constants.OBJ_BLOB));
                        if (blobs.size() > limits.maxSourceEntries() || bytes > room.bytes()) {
                            diagnostics.add(Diagnostic.error(Rules.SOURCE_LIMIT, shown, 0, 0, where + " holds more than "
                                    + limits.maxSourceEntries() + " files or " + room.limit() + "; it is left out",
                                    "narrow <startPath>, or raise maxSourceEntries / maxSourceBytes / maxTotalSourceBytes"));
                            return false;
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, ObjectId> blob : blobs.entrySet()) {
            ObjectLoader loader = reader.open(blob.getValue(), Constants.OBJ_BLOB);
            try (InputStream in = loader.openStream(); OutputStream out = memory.newFile(blob.getKey())) {
                copyExactly(in, out, loader.getSize(), blob.getKey());
            }
        }
        budget.keep(bytes);
        return true;
    }

    /** Copies the blob, which must be the size its header gave: that size is what the limits counted. */
    private static void copyExactly(InputStream in, OutputStream out, long size, String path) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        long left = size;
        while (left > 0) {
            int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
            if (n < 0) {
                throw new IOException("blob " + path + " is shorter than its header says");
            }
            out.write(chunk, 0, n);
            left -= n;
        }
        if (in.read() >= 0) {
            throw new IOException("blob " + path + " is longer than its header says");
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return UserInfo.strip(message.lines().findFirst().orElse(message)); // JGit's messages name the URL as given
    }
}
