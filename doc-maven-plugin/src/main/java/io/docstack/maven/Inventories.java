package io.docstack.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Turns an inventory location into something doc-core reads: paths and URLs pass through; Maven
 * coordinates are resolved with Maven's own resolver (local repository, mirrors, proxies and
 * credentials as the user configured them) into the artifact's file.
 */
final class Inventories {

    /** {@code g:a:v}, {@code g:a:ext:v} or {@code g:a:ext:classifier:v}; never a Windows path or URL. */
    private static final Pattern COORDINATES = Pattern.compile("[\\w.-]+:[\\w.-]+(?::[\\w.-]+){1,3}");

    private final RepositorySystem system;
    private final MavenSession session;

    Inventories(RepositorySystem system, MavenSession session) {
        this.system = system;
        this.session = session;
    }

    /** A path or URL for doc-core; coordinates that cannot be resolved are refused with the resolver's reason. */
    String locate(String location, Path baseDir) {
        if (!COORDINATES.matcher(location).matches() || Files.exists(baseDir.resolve(location))) {
            return location;
        }
        DefaultArtifact artifact = artifact(location);
        try {
            ArtifactRequest request = new ArtifactRequest(artifact,
                    session.getCurrentProject().getRemoteProjectRepositories(), null);
            return system.resolveArtifact(session.getRepositorySession(), request).getArtifact().getFile()
                    .getAbsolutePath();
        } catch (ArtifactResolutionException e) {
            throw new IllegalArgumentException("inventory " + location + " cannot be resolved: " + e.getMessage(), e);
        }
    }

    /** Three parts mean the project's docs bundle: {@code g:a:zip:docs:v}. */
    static DefaultArtifact artifact(String coordinates) {
        String[] parts = coordinates.split(":");
        return switch (parts.length) {
            case 3 -> new DefaultArtifact(parts[0], parts[1], "docs", "zip", parts[2]);
            case 4 -> new DefaultArtifact(parts[0], parts[1], parts[2], parts[3]);
            default -> new DefaultArtifact(parts[0], parts[1], parts[3], parts[2], parts[4]);
        };
    }
}
