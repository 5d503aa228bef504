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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Proof 15, a stale snapshot: a manager server (the suite's manager-uds: a child JVM holding the
 * objects, proxies over a Unix socket) owns a map of counters. Code that copies the map once ("to
 * save round trips") and keeps reading the copy never sees a later change made by another client.
 *
 * Each trial: this client copies the map into a local HashMap (one getAll round trip), a second
 * client of the same server (another connection; in production another process) increments the
 * counter, then this client reads the counter. Broken reads the local copy: always one behind
 * ("stale"). Fixed reads through the proxy, a fresh round trip: always current. The cost side of
 * the same trade is proof 16 (chatty loop).
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
                .declare("current", Grade.ACCEPTABLE, "The reader saw the counter's current value in the server.")
                .declareBug(variant, "stale", "The reader saw an old value in its local copy: the other client's change never reached it.");
        try (ManagerSession manager = new ManagerSession("uds", Placement.OS);
             ManagerClient readerClient = manager.client(Codec.of("binary"));
             ManagerClient writerClient = manager.client(Codec.of("binary"))) {
            counts.ran("manager-uds");
            SharedMap reader = readerClient.proxy(SharedMap.class, "map");
            SharedMap writer = writerClient.proxy(SharedMap.class, "map");
            writer.put(KEY, 0);
            for (int expected = 1; expected <= TRIALS * mode.scale(); expected++) {
                Map<Object, Object> copy = new HashMap<>();
                copy.put(KEY, reader.getAll(List.of(KEY)).getFirst());
                writer.put(KEY, (Integer) writer.get(KEY) + 1);
                int seen = (Integer) (variant == Variant.BROKEN ? copy.get(KEY) : reader.get(KEY));
                if (seen != expected && seen != expected - 1) {
                    throw new IllegalStateException("P15 " + variant.id() + ": read " + seen + ", expected " + expected + " or " + (expected - 1));
                }
                counts.count(seen == expected ? "current" : "stale");
            }
        }
        return counts;
    }
}
