package dev.sharebench.core.proof.cases;

import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.proof.xproc.MapProxy;
import java.util.Arrays;
import java.util.List;

/*
 * Proof 16, a chatty loop: summing a list that lives in a manager server (a child JVM). Written as
 * an ordinary loop over the proxy, every element is a request and a reply: N round trips of tens
 * of microseconds each (see TOOLCHAIN-NOTES: 40-60 us per blocking hand-off across vCPUs here).
 * Fixed: one request for the whole list, then a local loop: 1 round trip.
 *
 * Each trial is one pass over the list; its outcome is how many round trips the SERVER counted for
 * it (read from the server, not assumed). Both variants check the sum. The outcome text carries the
 * median time per pass, measured side by side in this run (a ratio, not a benchmark: the JMH
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
        Counts counts = new Counts()
                .declare("one-round-trip", Grade.ACCEPTABLE, "The pass cost the server one request.")
                .declareBug(variant, "round-trip-per-element", "The pass cost the server one request per element.");
        int passes = PASSES * mode.scale();
        long[] nanos = new long[passes];
        long expectedSum = (long) ELEMENTS * (ELEMENTS - 1) / 2;
        try (MapProxy manager = MapProxy.start()) {
            manager.fill(ELEMENTS);
            for (int p = 0; p < passes; p++) {
                long servedBefore = manager.served();
                long start = System.nanoTime();
                long sum = variant == Variant.BROKEN ? sumElementByElement(manager) : sumInOneBatch(manager);
                nanos[p] = System.nanoTime() - start;
                long roundTrips = manager.served() - servedBefore - 1; // minus the served() request itself
                if (sum != expectedSum) {
                    throw new IllegalStateException("P16 " + variant.id() + ": sum " + sum + " != " + expectedSum);
                }
                if (roundTrips == 1) {
                    counts.count("one-round-trip");
                } else if (roundTrips == ELEMENTS) {
                    counts.count("round-trip-per-element");
                } else {
                    throw new IllegalStateException("P16 " + variant.id() + ": the server counted " + roundTrips + " requests for one pass");
                }
            }
        }
        Arrays.sort(nanos);
        String timing = String.format(" Median %.2f ms per pass of %d elements (%.1f us per round trip) in this run.",
                nanos[passes / 2] / 1e6, ELEMENTS,
                nanos[passes / 2] / 1e3 / (variant == Variant.BROKEN ? ELEMENTS : 1));
        String bugId = "round-trip-per-element";
        counts.describe(variant == Variant.BROKEN ? bugId : "one-round-trip",
                (variant == Variant.BROKEN ? "The pass cost the server one request per element." : "The pass cost the server one request.") + timing);
        return counts;
    }

    private static long sumElementByElement(MapProxy manager) {
        long sum = 0;
        for (int i = 0; i < ELEMENTS; i++) {
            sum += manager.getAt(i);
        }
        return sum;
    }

    private static long sumInOneBatch(MapProxy manager) {
        List<Integer> all = manager.getAll();
        long sum = 0;
        for (int v : all) {
            sum += v;
        }
        return sum;
    }
}
