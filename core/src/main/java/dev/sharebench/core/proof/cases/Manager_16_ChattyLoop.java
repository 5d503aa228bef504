package dev.sharebench.core.proof.cases;

import dev.sharebench.core.manager.Codec;
import dev.sharebench.core.manager.ManagerClient;
import dev.sharebench.core.manager.ManagerSession;
import dev.sharebench.core.manager.SharedMap;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/*
 * Proof 16, a chatty loop: summing N values held by a manager server (manager-uds, a child JVM).
 * Written as an ordinary loop over the proxy, every element is a request and a reply: N round trips
 * of tens of microseconds each (measured on this 2-vCPU machine: 40-60 us per blocking hand-off
 * across vCPUs).
 * Fixed: one batched getAll for all keys, then a local loop: 1 round trip.
 *
 * Each trial is one pass; its outcome is how many proxy calls (each is exactly one request frame
 * and one reply frame) the pass made, counted by a wrapper around the proxy. Both variants check
 * the sum. The outcome text carries the median time per pass measured side by side in this run (a
 * ratio for orientation; the JMH manager benchmarks measure it properly).
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P16
 */
public final class Manager_16_ChattyLoop implements Proof {

    static final int ELEMENTS = 1_000;
    static final int PASSES = 10;

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P16").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) {
        String perElement = "The pass made one round trip per element.";
        String batched = "The pass made one round trip in all.";
        Counts counts = new Counts()
                .declare("one-round-trip", Grade.ACCEPTABLE, batched)
                .declareBug(variant, "round-trip-per-element", perElement);
        int passes = PASSES * mode.scale();
        long[] nanos = new long[passes];
        List<Object> keys = new ArrayList<>();
        Map<Object, Object> entries = new HashMap<>();
        for (int i = 0; i < ELEMENTS; i++) {
            keys.add("k" + i);
            entries.put("k" + i, i);
        }
        long expectedSum = (long) ELEMENTS * (ELEMENTS - 1) / 2;
        AtomicLong roundTrips = new AtomicLong();
        try (ManagerSession manager = new ManagerSession("uds", Placement.OS);
             ManagerClient client = manager.client(Codec.of("binary"))) {
            SharedMap map = counting(client.proxy(SharedMap.class, "map"), roundTrips);
            map.putAll(entries);
            for (int p = 0; p < passes; p++) {
                roundTrips.set(0);
                long start = System.nanoTime();
                long sum = variant == Variant.BROKEN ? sumElementByElement(map, keys) : sumInOneBatch(map, keys);
                nanos[p] = System.nanoTime() - start;
                if (sum != expectedSum) {
                    throw new IllegalStateException("P16 " + variant.id() + ": sum " + sum + " != " + expectedSum);
                }
                long trips = roundTrips.get();
                if (trips == 1) {
                    counts.count("one-round-trip");
                } else if (trips == ELEMENTS) {
                    counts.count("round-trip-per-element");
                } else {
                    throw new IllegalStateException("P16 " + variant.id() + ": one pass made " + trips + " round trips");
                }
            }
        }
        Arrays.sort(nanos);
        long median = nanos[passes / 2];
        String timing = String.format(" Median %.2f ms per pass of %d elements (%.1f us per round trip) in this run.",
                median / 1e6, ELEMENTS, median / 1e3 / (variant == Variant.BROKEN ? ELEMENTS : 1));
        if (variant == Variant.BROKEN) {
            counts.describe("round-trip-per-element", perElement + timing);
        } else {
            counts.describe("one-round-trip", batched + timing);
        }
        return counts;
    }

    private static long sumElementByElement(SharedMap map, List<Object> keys) {
        long sum = 0;
        for (Object k : keys) {
            sum += (Integer) map.get(k);
        }
        return sum;
    }

    private static long sumInOneBatch(SharedMap map, List<Object> keys) {
        long sum = 0;
        for (Object v : map.getAll(keys)) {
            sum += (Integer) v;
        }
        return sum;
    }

    /* The same proxy, counting its calls: each call on a manager proxy is one request/reply round trip. */
    static SharedMap counting(SharedMap proxy, AtomicLong calls) {
        return (SharedMap) Proxy.newProxyInstance(SharedMap.class.getClassLoader(), new Class<?>[] {SharedMap.class}, (p, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return m.invoke(proxy, args);
            }
            calls.incrementAndGet();
            try {
                return m.invoke(proxy, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
