package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.InProcessMap;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.workload.Factory;
import dev.sharebench.core.workload.MapArgs;
import dev.sharebench.core.workload.Maps;
import java.time.Duration;
import java.util.Map;

/*
 * Check 35, in-process maps lose no entry: every alias the map factory registers is created through
 * the factory and driven by two threads that each put N keys of their own (thread 0 the even keys,
 * thread 1 the odd ones), each reading its own key back right after the put. After both threads are
 * joined, the snapshot must hold exactly the 2N keys, each with its own value. Every key is a trial:
 * present with its value counts as "ok", missing or wrong (or a read-back that missed the thread's
 * own put) as "wrong". Proof 20 shows the plain HashMap this replaces losing entries.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P35
 */
public final class Check_35_Maps extends MechanismCheck {

    static final int KEYS_PER_THREAD = 2_000;

    private final Factory<MapArgs, InProcessMap<?, ?>> maps;

    public Check_35_Maps() {
        super("P35");
        this.maps = Maps.FACTORY;
    }

    /** Runs every alias of {@code maps} (for planted faults). */
    Check_35_Maps(Factory<MapArgs, InProcessMap<?, ?>> maps) {
        super("P35", maps);
        this.maps = maps;
    }

    @Override
    @SuppressWarnings("unchecked") // every maker creates an empty map of any key and value type
    public Counts run(Variant variant, Mode mode) throws Exception {
        // copy-on-write-map copies every entry per put (quadratic in the keys): quick and full run 2x sanity's keys
        // (~1.5 s for that one map here; 4x took ~6 s).
        int n = KEYS_PER_THREAD * Math.min(mode.scale(), 2);
        return AliasOutcomes.each(aliases(), "the key is in the snapshot with its value after both threads joined.",
                "a key is missing, has another value, or a thread did not read back its own put.", (alias, out) -> {
                    try (InProcessMap<Integer, Integer> map = (InProcessMap<Integer, Integer>) maps.create(alias, new MapArgs(2 * n))) {
                        out.ran(alias);
                        TwoThreads.run(Duration.ofSeconds(60), () -> putAll(map, 0, n), () -> putAll(map, 1, n));
                        Map<Integer, Integer> snapshot = map.snapshot();
                        long good = 0;
                        for (int key = 0; key < 2 * n; key++) {
                            Integer v = snapshot.get(key);
                            if (v != null && v == -key) {
                                good++;
                            } else {
                                out.wrong(alias, 1, "key " + key + " maps to " + v + " after both threads joined");
                            }
                        }
                        out.ok(alias, good);
                        if (snapshot.size() != 2 * n) {
                            out.wrong(alias, Math.abs(snapshot.size() - 2L * n), "snapshot size " + snapshot.size() + ", expected " + 2 * n);
                        }
                    }
                });
    }

    /* Puts keys first, first + 2, ... (2n keys in all between the two threads); a put not read back is a failure. */
    private static Void putAll(InProcessMap<Integer, Integer> map, int first, int n) {
        for (int i = 0; i < n; i++) {
            int key = first + 2 * i;
            map.put(key, -key);
            Integer back = map.get(key);
            if (back == null || back != -key) {
                throw new IllegalStateException("thread " + first + " put key " + key + " and read back " + back);
            }
        }
        return null;
    }
}
