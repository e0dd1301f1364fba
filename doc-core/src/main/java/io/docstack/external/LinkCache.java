package io.docstack.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.docstack.model.WholeFile;

/**
 * The persistent memory of links that worked: {@code {"version":1,"entries":{URL:{"status":"ok",
 * "checkedAt":EPOCH_SECONDS}}}}. Only successes are kept, so a link that was broken is asked again
 * next run and a fixed site is noticed at once. The cache is an optimisation: a missing, unreadable
 * or corrupt file counts as empty and is overwritten, and a file that cannot be written costs only
 * time on the next run. Written atomically (temp file, then move) so that a build killed
 * mid-write leaves the old file. Not thread-safe; one instance serves one check run.
 */
final class LinkCache {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int VERSION = 1;

    private final Path file;
    /** URL (without fragment) to the epoch second it last worked; fresh entries only, sorted for stable output. */
    private final Map<String, Long> entries;

    private LinkCache(Path file, Map<String, Long> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads {@code file} (null: no cache), keeping entries younger than {@code maxAge} at {@code now}. */
    static LinkCache load(Path file, Duration maxAge, Instant now) {
        Map<String, Long> fresh = new TreeMap<>();
        if (file != null && Files.isRegularFile(file)) {
            try {
                readInto(JSON.readTree(file.toFile()), fresh, now.getEpochSecond() - maxAge.toSeconds(), now.getEpochSecond());
            } catch (IOException | RuntimeException e) {
                fresh.clear(); // corrupt: start over rather than trust half of it
            }
        }
        return new LinkCache(file, fresh);
    }

    boolean isFresh(String url) {
        return entries.containsKey(url);
    }

    /** Records this run's results: successes stamped {@code now}, failures forgotten. */
    void update(Collection<String> worked, Set<String> failed, Instant now) {
        worked.forEach(url -> entries.put(url, now.getEpochSecond()));
        failed.forEach(entries::remove);
    }

    /** Writes the cache, if there is a file; failure to write is not an error of the check. */
    void save() {
        if (file == null) {
            return;
        }
        try {
            WholeFile.write(file, out -> JSON.writeValue(out, toJson()));
        } catch (IOException e) {
            // Deliberately ignored: a read-only cache location must not fail the gate; the next run re-checks.
        }
    }

    private static void readInto(JsonNode root, Map<String, Long> fresh, long oldest, long now) {
        if (root == null || root.path("version").asInt() != VERSION || !root.path("entries").isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : root.path("entries").properties()) {
            JsonNode entry = field.getValue();
            long checkedAt = entry.path("checkedAt").asLong(-1);
            // A stamp from the future is as untrustworthy as a stale one.
            if ("ok".equals(entry.path("status").asText()) && checkedAt >= oldest && checkedAt <= now) {
                fresh.put(field.getKey(), checkedAt);
            }
        }
    }

    private ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode all = root.putObject("entries");
        entries.forEach((url, checkedAt) -> all.putObject(url).put("status", "ok").put("checkedAt", checkedAt));
        return root;
    }
}
