package io.docstack.model;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time of each pipeline stage of one build, for the build summary. Every stage that times its
 * own parts (the search stage's documents, index and export) adds them to the build's clock.
 * Not thread-safe.
 */
public final class StageClock {

    private final Map<String, Duration> stages = new LinkedHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Adds stages timed elsewhere, in their order. */
    public void record(Map<String, Duration> timed) {
        stages.putAll(timed);
    }

    /** {@code source 12 ms, convert 1200 ms, …}. */
    public static String summary(Map<String, Duration> stages) {
        StringBuilder out = new StringBuilder();
        stages.forEach((stage, time) -> out.append(out.length() == 0 ? "" : ", ").append(stage).append(' ')
                .append(time.toMillis()).append(" ms"));
        return out.toString();
    }

    /** The stages timed so far, in their order. */
    public Map<String, Duration> stages() {
        return new LinkedHashMap<>(stages);
    }
}
