package io.docstack;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time of each pipeline stage of one build, for the build summary. Not thread-safe. */
final class StageClock {

    private final Map<String, Duration> stages = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    Map<String, Duration> stages() {
        return new LinkedHashMap<>(stages);
    }
}
