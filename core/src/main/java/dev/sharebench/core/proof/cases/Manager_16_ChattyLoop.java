package dev.sharebench.core.proof.cases;

import dev.sharebench.core.manager.Codec;
import dev.sharebench.core.manager.ManagerClient;
import dev.sharebench.core.manager.ManagerSession;
import dev.sharebench.core.manager.ServerStats;
import dev.sharebench.core.manager.SharedMap;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Proof 16, a chatty loop: summing N values held by a manager server (manager-uds, a child JVM).
 * Broken, as people write it: an ordinary loop over the proxy, map.get(k) per element; every call
 * is a request to the server and a reply. Fixed: one batched getAll for all keys, then a local loop.
 *
 * Each trial is one pass. Its outcome is the number of requests the SERVER received during the
 * pass (its own counter, read through the stats object before and after the pass, minus the one
 * read that closes the window): one request for the pass, or one per element; anything else is an
 * outcome the proof does not list (an error). Both variants check the sum. The outcome text carries
 * the median time per pass measured side by side in this run (a ratio for orientation; the JMH
 * manager benchmarks measure it properly).
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
        String perElement = "The server received one request per element during the pass.";
        String batched = "The server received one request for the whole pass.";
        Counts counts = new Counts()
                .declare("one-request", Grade.ACCEPTABLE, batched)
                .declareBug(variant, "request-per-element", perElement)
                .declare("other", Grade.UNKNOWN, "The server received neither 1 nor " + ELEMENTS + " requests during a pass.");
        int passes = PASSES * mode.scale();
        long[] nanos = new long[passes];
        List<Object> keys = new ArrayList<>();
        Map<Object, Object> entries = new HashMap<>();
        for (int i = 0; i < ELEMENTS; i++) {
            keys.add("k" + i);
            entries.put("k" + i, i);
        }
        long expectedSum = (long) ELEMENTS * (ELEMENTS - 1) / 2;
        long totalRequests = 0;
        try (ManagerSession manager = new ManagerSession("uds", Placement.OS);
             ManagerClient client = manager.client(Codec.of("binary"))) {
            counts.ran("manager-uds");
            SharedMap map = client.proxy(SharedMap.class, "map");
            ServerStats server = client.proxy(ServerStats.class, "stats");
            map.putAll(entries);
            for (int p = 0; p < passes; p++) {
                long before = server.requests();
                long start = System.nanoTime();
                long sum = variant == Variant.BROKEN ? sumElementByElement(map, keys) : sumInOneBatch(map, keys);
                nanos[p] = System.nanoTime() - start;
                long requests = server.requests() - before - 1; // the read that closes the window is counted too
                totalRequests += requests;
                if (sum != expectedSum) {
                    throw new IllegalStateException("P16 " + variant.id() + ": sum " + sum + " != " + expectedSum);
                }
                counts.count(requests == 1 ? "one-request" : requests == ELEMENTS ? "request-per-element" : "other");
            }
        }
        Arrays.sort(nanos);
        long median = nanos[passes / 2];
        String timing = String.format(" The server counted %,d requests in %d passes; median %.2f ms per pass of %d elements in this run.",
                totalRequests, passes, median / 1e6, ELEMENTS);
        if (variant == Variant.BROKEN) {
            counts.describe("request-per-element", perElement + timing);
        } else {
            counts.describe("one-request", batched + timing);
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
}
