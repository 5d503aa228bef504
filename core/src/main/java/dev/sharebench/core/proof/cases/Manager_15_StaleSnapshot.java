package dev.sharebench.core.proof.cases;

import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.proof.xproc.MapProxy;
import java.util.Map;

/*
 * Proof 15, a stale snapshot: a manager server (a child JVM) owns a map of counters; the parent
 * talks to it through a proxy. Code that copies the map once ("to save round trips") and keeps
 * reading the copy never sees a later change made in the server process.
 *
 * Each trial: the parent copies the map (one round trip), the server's counter is incremented
 * (by a request the server carries out in its own process), then the parent reads the counter.
 * Broken reads the local copy: always one behind ("stale"). Fixed reads through the proxy, a fresh
 * round trip each time: always current. The contrast in cost is proof 16 (chatty loop): the live
 * proxy pays a round trip per read, the copy pays one and goes stale.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P15
 */
public final class Manager_15_StaleSnapshot implements Proof {

    static final int TRIALS = 100;
    static final String KEY = "visits";

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P15").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) {
        Counts counts = new Counts()
                .declare("current", Grade.ACCEPTABLE, "The parent read the counter's current value in the server.")
                .declareBug(variant, "stale", "The parent read an old value from its local copy: the server's change never reached it.");
        try (MapProxy manager = MapProxy.start()) {
            manager.put(KEY, 0);
            for (int expected = 1; expected <= TRIALS * mode.scale(); expected++) {
                Map<String, Object> copy = manager.snapshot();
                manager.increment(KEY);
                Object seen = variant == Variant.BROKEN ? copy.get(KEY) : manager.get(KEY);
                int value = (Integer) seen;
                if (value != expected && value != expected - 1) {
                    throw new IllegalStateException("P15 " + variant.id() + ": read " + value + ", expected " + expected + " or " + (expected - 1));
                }
                counts.count(value == expected ? "current" : "stale");
            }
        }
        return counts;
    }
}
