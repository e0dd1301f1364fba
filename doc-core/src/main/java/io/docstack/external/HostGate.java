package io.docstack.external;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the checker polite to each host: at most {@code maxPerHost} requests in flight, request
 * starts at least {@code perHostDelay} apart, and none before a time the host asked for (after a
 * 429 or 503). Thread-safe; one gate serves one check run.
 */
final class HostGate {

    /** One host's permits and the earliest time, in {@link System#nanoTime()}, the next request may start. */
    private static final class Host {
        final Semaphore permits;
        long nextStart; // guarded by this

        Host(int maxPerHost, long now) {
            this.permits = new Semaphore(maxPerHost, true);
            this.nextStart = now;
        }
    }

    private final int maxPerHost;
    private final long delayNanos;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(int maxPerHost, Duration perHostDelay) {
        this.maxPerHost = maxPerHost;
        this.delayNanos = perHostDelay.toNanos();
    }

    /** Waits for a permit and for the host's next start slot; pair with {@link #release(String)}. */
    void acquire(String host) throws InterruptedException {
        Host state = host(host);
        state.permits.acquire();
        try {
            sleepUntil(reserve(host));
        } catch (InterruptedException e) {
            state.permits.release();
            throw e;
        }
    }

    void release(String host) {
        host(host).permits.release();
    }

    /**
     * Takes the host's next start slot and moves the one after it {@code perHostDelay} later.
     *
     * @return the slot, in {@link System#nanoTime()} units
     */
    long reserve(String host) {
        Host state = host(host);
        synchronized (state) {
            long start = Math.max(System.nanoTime(), state.nextStart);
            state.nextStart = start + delayNanos;
            return start;
        }
    }

    /** Starts no request to {@code host} before {@code wait} from now (the host asked us to back off). */
    void defer(String host, Duration wait) {
        Host state = host(host);
        synchronized (state) {
            state.nextStart = Math.max(state.nextStart, System.nanoTime() + wait.toNanos());
        }
    }

    private Host host(String host) {
        return hosts.computeIfAbsent(host, h -> new Host(maxPerHost, System.nanoTime()));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long remaining = nanoTime - System.nanoTime();
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
    }
}
