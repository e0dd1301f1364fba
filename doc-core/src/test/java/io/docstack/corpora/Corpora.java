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
