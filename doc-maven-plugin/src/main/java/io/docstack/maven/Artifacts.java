package io.docstack.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import io.docstack.config.BundleSource;

/**
 * Turns inventory and bundle locations into something doc-core reads: paths and URLs pass
 * through; Maven coordinates are resolved with Maven's own resolver (local repository, mirrors,
 * proxies and credentials as the user configured them) into the artifact's file.
 */
final class Artifacts {

    /** {@code g:a:v}, {@code g:a:ext:v} or {@code g:a:ext:classifier:v}; never a Windows path or URL. */
    private static final Pattern COORDINATES = Pattern.compile("[\\w.-]+:[\\w.-]+(?::[\\w.-]+){1,3}");

    private final RepositorySystem system;
    private final MavenSession session;

    Artifacts(RepositorySystem system, MavenSession session) {
        this.system = system;
        this.session = session;
    }

    /** A path or URL for doc-core; coordinates that cannot be resolved are refused with the resolver's reason. */
    String locate(String location, Path baseDir) {
        if (!COORDINATES.matcher(location).matches() || Files.exists(baseDir.resolve(location))) {
            return location;
        }
        try {
            return resolve(location).toString();
        } catch (ArtifactResolutionException e) {
            throw new IllegalArgumentException("inventory " + location + " cannot be resolved: " + e.getMessage(), e);
        }
    }

    /**
     * A docs bundle: coordinates ({@code g:a:v} is the {@code docs} zip) resolved, or a path
     * relative to {@code baseDir}. One that cannot be resolved is handed on with the resolver's
     * reason, so that doc-core reports it beside the other sources' problems and builds the rest.
     */
    BundleSource bundle(String location, Path baseDir) {
        if (!COORDINATES.matcher(location).matches() || Files.exists(baseDir.resolve(location))) {
            return BundleSource.of(location, baseDir.resolve(location).toAbsolutePath().normalize());
        }
        try {
            return BundleSource.of(location, resolve(location));
        } catch (ArtifactResolutionException e) {
            return BundleSource.missing(location, e.getMessage());
        }
    }

    private Path resolve(String coordinates) throws ArtifactResolutionException {
        ArtifactRequest request = new ArtifactRequest(artifact(coordinates),
                session.getCurrentProject().getRemoteProjectRepositories(), null);
        return system.resolveArtifact(session.getRepositorySession(), request).getArtifact().getFile().toPath()
                .toAbsolutePath();
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
