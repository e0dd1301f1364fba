package io.docstack.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.docstack.model.SitePath;

/**
 * Counts the files of one Antora content root as Antora 3.1 sorts them (its content aggregator
 * and classifier): files and folders starting with {@code .} are not read; of the rest, Antora
 * reads {@code antora.yml}, the navigation files the descriptor names, and under
 * {@code modules/<module>/} the {@code .adoc} files of {@code pages/} (those starting with
 * {@code _} too: they are not published but can be included), everything in {@code partials/}
 * and {@code examples/}, and the files with an extension in {@code images/} and
 * {@code attachments/} (or {@code assets/images/}, {@code assets/attachments/}). Everything
 * else it ignores without a word; here it is counted and told at info level, except a file
 * in {@code pages/} that looks like a page but is not {@code .adoc} (a {@code .md} written
 * for another tool), which is a warning. Stateless.
 */
final class AntoraFiles {

    private AntoraFiles() {
    }

    /** Tallies the files of {@code root} that Antora leaves out into {@code skipped}; returns how many it reads. */
    static int tally(Path root, List<String> nav, SkippedFiles skipped) {
        int read = 0;
        for (Path file : AntoraSources.walk(root)) {
            Optional<SitePath> path = SitePath.parse(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
            SkippedFiles.Reason reason = path.isEmpty() ? SkippedFiles.Reason.REPORTED : reason(path.get(), nav);
            if (reason == null) {
                read++;
            } else {
                skipped.skip(reason, path.map(p -> place(p, reason)).orElse(""));
            }
        }
        return read;
    }

    /** Why Antora does not read the file at {@code path} of a content root, or null when it does. */
    static SkippedFiles.Reason reason(SitePath path, List<String> nav) {
        List<String> segments = path.segments();
        if (segments.stream().anyMatch(s -> s.startsWith("."))) {
            return SkippedFiles.Reason.HIDDEN;
        }
        if (path.value().equals("antora.yml") || nav.contains(path.value()) && path.value().endsWith(".adoc")) {
            return null;
        }
        if (!segments.get(0).equals("modules")) {
            return SkippedFiles.Reason.ANTORA_OUTSIDE_MODULES;
        }
        if (segments.size() < 4) {
            return SkippedFiles.Reason.ANTORA_NO_FAMILY;
        }
        String name = path.fileName();
        boolean extension = name.lastIndexOf('.') > 0;
        return switch (segments.get(2)) {
            case "pages" -> segments.get(3).equals("_partials") || name.endsWith(".adoc") ? null
                    : SkippedFiles.pageLike(name) ? SkippedFiles.Reason.ANTORA_PAGE_NOT_ADOC : SkippedFiles.Reason.ANTORA_NOT_ADOC;
            case "partials", "examples" -> null;
            case "images", "attachments" -> extension ? null : SkippedFiles.Reason.ANTORA_NO_EXTENSION;
            case "assets" -> segments.size() < 5 || !List.of("images", "attachments").contains(segments.get(3))
                    ? SkippedFiles.Reason.ANTORA_NO_FAMILY : extension ? null : SkippedFiles.Reason.ANTORA_NO_EXTENSION;
            default -> SkippedFiles.Reason.ANTORA_NO_FAMILY;
        };
    }

    /**
     * What a line names for a file Antora leaves out: the hidden or top folder, the family folder
     * ({@code modules/ROOT/pagse/}), or the folder of the file.
     */
    private static String place(SitePath path, SkippedFiles.Reason reason) {
        int size = path.segments().size();
        return switch (reason) {
            case HIDDEN -> DocsFilter.place(path);
            case ANTORA_OUTSIDE_MODULES -> DocsFilter.prefix(path, 0);
            case ANTORA_NO_FAMILY -> DocsFilter.prefix(path, Math.min(size - 1, path.segments().get(Math.min(2, size - 1)).equals("assets") ? 3 : 2));
            default -> DocsFilter.prefix(path, Math.max(0, size - 2));
        };
    }
}
