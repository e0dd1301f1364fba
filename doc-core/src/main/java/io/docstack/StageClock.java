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

    /** Adds stages timed elsewhere, in their order. */
    void record(Map<String, Duration> timed) {
        stages.putAll(timed);
    }

    /** {@code source 12 ms, convert 1200 ms, …}. */
    static String summary(Map<String, Duration> stages) {
        StringBuilder out = new StringBuilder();
        stages.forEach((stage, time) -> out.append(out.length() == 0 ? "" : ", ").append(stage).append(' ')
                .append(time.toMillis()).append(" ms"));
        return out.toString();
    }

    Map<String, Duration> stages() {
        return new LinkedHashMap<>(stages);
    }
}
