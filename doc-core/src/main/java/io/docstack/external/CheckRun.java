package io.docstack.external;

import io.docstack.config.ExternalOptions;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One check: decides per distinct URL whether to fetch it (cache, offline mode), fetches the rest
 * on a pool of {@code maxConcurrency} threads, and updates the cache. Not thread-safe; used once.
 */
final class CheckRun {

    private final ExternalOptions options;
    private final AddressPolicy policy;
    private final Fetcher.RequestListener listener;

    CheckRun(ExternalOptions options, AddressPolicy policy, Fetcher.RequestListener listener) {
        this.options = options;
        this.policy = policy;
        this.listener = listener;
    }

    /** The outcome for each URL (without fragment), in URL order. */
    Map<String, Outcome> run(Iterable<String> urls) {
        Instant started = Instant.now();
        LinkCache cache = LinkCache.load(options.cacheFile(), options.cacheMaxAge(), started);
        Map<String, Outcome> outcomes = new TreeMap<>();
        Map<String, URI> toFetch = new TreeMap<>();
        for (String url : urls) {
            try {
                URI uri = Urls.parse(url);
                if (cache.isFresh(url)) {
                    outcomes.put(url, Outcome.OK);
                } else if (options.offline()) {
                    outcomes.put(url, Outcome.SKIPPED);
                } else {
                    toFetch.put(url, uri);
                }
            } catch (URISyntaxException e) {
                outcomes.put(url, Findings.invalid(e.getReason())); // needs no network: reported even offline
            }
        }
        outcomes.putAll(fetchAll(toFetch));
        if (!options.offline()) {
            saveCache(cache, toFetch.keySet(), outcomes);
        }
        return outcomes;
    }

    private Map<String, Outcome> fetchAll(Map<String, URI> toFetch) {
        if (toFetch.isEmpty()) {
            return Map.of();
        }
        HostGate gate = new HostGate(options.maxPerHost(), options.perHostDelay());
        UrlProbe probe = new UrlProbe(options, policy,
                new Exchange(options, new Fetcher(options, gate, listener), gate));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.maxConcurrency(), toFetch.size()),
                daemonThreads());
        try {
            Map<String, Future<Outcome>> pending = new LinkedHashMap<>();
            for (Map.Entry<String, URI> entry : interleavedByHost(toFetch)) {
                pending.put(entry.getKey(), pool.submit(() -> probe.check(entry.getValue())));
            }
            return collect(pending);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Outcome> collect(Map<String, Future<Outcome>> pending) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        try {
            for (Map.Entry<String, Future<Outcome>> entry : pending.entrySet()) {
                outcomes.put(entry.getKey(), entry.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("external link check interrupted");
        } catch (ExecutionException e) {
            // Network trouble is an Outcome; anything thrown here is a bug in the checker.
            throw new IllegalStateException("external link check failed", e.getCause());
        }
        return outcomes;
    }

    /**
     * The URLs ordered host by host in turn (a, b, c, a, b, …), so that the pool's first threads go
     * to different hosts instead of all queueing behind one host's limit.
     */
    static List<Map.Entry<String, URI>> interleavedByHost(Map<String, URI> urls) {
        Map<String, Deque<Map.Entry<String, URI>>> byHost = new TreeMap<>();
        urls.entrySet().forEach(e -> byHost.computeIfAbsent(Urls.hostKey(e.getValue()), h -> new ArrayDeque<>()).add(e));
        List<Map.Entry<String, URI>> order = new ArrayList<>(urls.size());
        while (order.size() < urls.size()) {
            for (Deque<Map.Entry<String, URI>> queue : byHost.values()) {
                if (!queue.isEmpty()) {
                    order.add(queue.poll());
                }
            }
        }
        return order;
    }

    private static void saveCache(LinkCache cache, Iterable<String> fetched, Map<String, Outcome> outcomes) {
        List<String> worked = new ArrayList<>();
        Set<String> failed = new TreeSet<>();
        for (String url : fetched) {
            if (outcomes.get(url) instanceof Outcome.Ok) {
                worked.add(url);
            } else {
                failed.add(url);
            }
        }
        cache.update(worked, failed, Instant.now());
        cache.save();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "docstack-external-" + count.incrementAndGet());
            thread.setDaemon(true); // never keeps a build JVM alive
            return thread;
        };
    }
}
