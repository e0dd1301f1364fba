package io.docstack.corpora;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.docstack.config.SiteConfig;
import io.docstack.model.Severity;

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
     * (from doc-core of a clone or worktree: {@code ../../shared/corpora}), or {@code
     * bench/work/corpora/<name>} there (what {@code bench/corpus-*.sh} make). It must hold {@code marker}.
     */
    public static Optional<Path> locate(String name, String marker) {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("docstack.corpora");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).resolve(name));
        } else {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                candidates.add(dir.resolve("shared/corpora").resolve(name));
                candidates.add(dir.resolve("bench/work/corpora").resolve(name));
            }
        }
        return candidates.stream()
                .filter(candidate -> Files.exists(candidate.resolve(marker)))
                .map(candidate -> candidate.toAbsolutePath().normalize())
                .findFirst();
    }

    /**
     * The site configuration of a doc-maven-plugin {@code <configuration>} test resource, as the
     * Maven plugin maps it ({@code siteTitle}, {@code startPage}, {@code antoraSources}, {@code asciidocAttributes},
     * {@code severities}), with paths relative to {@code root}.
     */
    public static SiteConfig.Builder configuration(Path root, String resource) throws Exception {
        SiteConfig.Builder config = SiteConfig.builder(root);
        try (InputStream in = Corpora.class.getResourceAsStream(resource)) {
            Element document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
            config.title(document.getElementsByTagName("siteTitle").item(0).getTextContent());
            Node startPage = document.getElementsByTagName("startPage").item(0);
            if (startPage != null) {
                config.startPage(startPage.getTextContent().strip());
            }
            NodeList sources = document.getElementsByTagName("antoraSource");
            for (int i = 0; i < sources.getLength(); i++) {
                config.antoraSource(Path.of(sources.item(i).getTextContent().strip()));
            }
            for (Element attribute : children(document, "asciidocAttributes")) {
                config.attribute(attribute.getNodeName(), attribute.getTextContent().strip());
            }
            for (Element severity : children(document, "severities")) {
                config.severity(severity.getNodeName(), Severity.valueOf(severity.getTextContent().strip().toUpperCase(Locale.ROOT)));
            }
        }
        return config;
    }

    private static List<Element> children(Element document, String parent) {
        List<Element> elements = new ArrayList<>();
        Node holder = document.getElementsByTagName(parent).item(0);
        NodeList nodes = holder == null ? null : holder.getChildNodes();
        for (int i = 0; nodes != null && i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
