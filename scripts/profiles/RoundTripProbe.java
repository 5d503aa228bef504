import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.workload.RoundTrips;
import java.util.Arrays;

/*
 * RoundTripProbe: one of the suite's round-trip rows (RttBench's mechanism, the same core classes and
 * the same pinning), driven outside JMH so that perf can count exactly the measured round trips
 * (docs/profiles.md). RttBench's timing is JMH's; this probe only exists to profile.
 *
 *   javac -cp core/target/core.jar -d DIR PipeEcho.java RoundTripProbe.java   (perf control is PipeEcho's)
 *   java $(java -jar core/target/core.jar jvm-flags) -cp core/target/core.jar:DIR RoundTripProbe ALIAS PLACEMENT ROUNDS BATCHES
 *   e.g.  RoundTripProbe tcp-busy-poll cross-cpu 2000 50
 *
 * Opens the row as RttBench does (RoundTrips.create, then Placement.pinCurrentThread), runs BATCHES
 * warm-up batches and BATCHES measured batches of ROUNDS round trips through the same method, every
 * reply checked by the row itself, and prints the median, lowest and highest batch mean in ns per
 * round trip, and their mean (times ROUNDS x BATCHES: the measured wall time, e.g. to divide perf's
 * task-clock by). perf control (SHAREBENCH_PERF_CTL / SHAREBENCH_PERF_ACK, `perf stat --control
 * fifo:CTL,ACK -D -1`): "enable" before the measured batches, "disable" after.
 */
public final class RoundTripProbe {

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: RoundTripProbe ALIAS PLACEMENT ROUNDS BATCHES");
            System.exit(2);
        }
        long rounds = Long.parseLong(args[2]);
        int batches = Integer.parseInt(args[3]);
        int warm = batches; // as many as measured: C2 must be done before the measured batches (a shorter warm-up left
        // compiles and interpreted frames in the measured window, docs/profiles.md)
        double[] means = new double[batches];
        try (RoundTrip peer = RoundTrips.create(args[0], args[1]);
             Placement.Pinning pin = Placement.of(args[1]).pinCurrentThread()) {
            long seq = 0;
            for (int b = -warm; b < batches; b++) {
                if (b == 0) {
                    PipeEcho.perfControl("enable\n");
                }
                long t0 = System.nanoTime();
                seq = batch(peer, seq, rounds);
                if (b >= 0) {
                    means[b] = (System.nanoTime() - t0) / (double) rounds;
                }
            }
            PipeEcho.perfControl("disable\n");
        }
        double mean = Arrays.stream(means).average().orElseThrow();
        Arrays.sort(means);
        System.out.printf("{\"mechanism\": \"%s\", \"placement\": \"%s\", \"rounds\": %d, \"batches\": %d, \"nsPerRoundTrip\": "
                + "{\"median\": %.0f, \"min\": %.0f, \"max\": %.0f, \"mean\": %.0f}}%n", args[0], args[1], rounds, batches,
                means[batches / 2], means[0], means[batches - 1], mean);
    }

    /** One batch of round trips (the row checks each reply); returns the last sequence number sent. */
    private static long batch(RoundTrip peer, long seq, long rounds) {
        for (long i = 0; i < rounds; i++) {
            peer.roundTrip(++seq);
        }
        return seq;
    }
}
