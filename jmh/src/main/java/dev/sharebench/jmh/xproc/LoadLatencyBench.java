package dev.sharebench.jmh.xproc;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.load.HandoffLoad;
import dev.sharebench.core.load.HistogramFile;
import dev.sharebench.core.load.LoadDriver;
import dev.sharebench.core.load.LoadInterval;
import dev.sharebench.core.load.Pacer;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.load.RoundTripLoad;
import dev.sharebench.core.workload.Handoffs;
import dev.sharebench.core.workload.RoundTrips;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.runner.IterationType;

/*
 * Latency under load (open loop): what is a mechanism's p99 when messages arrive at a steady rate,
 * not one at a time? Every other latency figure of the suite is closed-loop ping-pong, which hides
 * queueing: a stall delays one message and the sender politely waits (coordinated omission). Here
 * the sender offers messages on a fixed schedule (message i due at t0 + i / rate) and each latency
 * runs from the DUE time, so a stall is charged to every message it holds up (core.load; the idea
 * of Chronicle's JLBH and of Aeron's load-test rig).
 *
 *   roundTrip  the cross-process mechanisms of RttBench (core.workload.RoundTrips, its child JVM
 *              and placement): a synchronous round trip per message, echo checked, latency from due
 *              time to echo.
 *   handoff    the in-process handoffs of HandoffBench (core.workload.Handoffs, capacity 64, both
 *              sides spinning): this thread produces, a consumer thread checks the sequence and
 *              records due time -> receipt.
 *
 * Offered rate = loadPercent % of the mechanism's own maximum, measured in this fork's setup as the
 * closed-loop rate of the same code path (the best of five 40 ms rounds, after JIT warm-up; on a
 * busy machine a round that a preemption hit would understate it). Relative rates put every
 * mechanism at the same utilisation, whose maxima differ ~1000-fold (a spinning mmap round trip vs a
 * blocking pipe); the absolute offered rate of each fork is a secondary result (offeredRate), so
 * the report plots latency against it. Past 100% the backlog grows all iteration long: the latency
 * of an overloaded mechanism is unbounded, and its figures then depend on the iteration length.
 *
 * Results: the primary score is the achieved rate (msg/s: below the offered one = overloaded);
 * secondary, per iteration (one HdrHistogram per iteration): lat.p50, lat.p99, lat.p99.9 (us, the
 * fork's score is their mean over iterations; the report takes the median) and lat.max (us, max over
 * iterations); for round trips lat.p99.fromSend, the same run timed from the actual send (what a
 * closed-loop tool would print); offeredRate and maxRate (msg/s). CPU per message of both processes
 * beside them, as in RttBench (CpuPerOpProfiler, which also hands on these figures: the suite adds it
 * to every cross-process workload, by hand BenchMain does). In a suite run each fork also saves its
 * measured iterations' HdrHistograms (tags latency and fromSend) as an interval log beside its
 * result: jmh/forks/LoadLatencyBench/<fork id>-latency.hlog (core.load.HistogramFile). NOTE: the sender busy-waits for each due
 * time (a sleep would add the scheduler's wake-up to every message), so this JVM's CPU is about one
 * CPU-second per second at any load.
 *
 * What to expect: far below the maximum, p50 near RttBench's / HandoffLatencyBench's one-way figure
 * and a tail of scheduler stalls (each stall charged to every message it holds up); towards 100% the
 * tail grows first, then p50; past 100% everything grows with the iteration.
 *
 * Run: java -jar jmh/target/benchmarks.jar LoadLatencyBench.roundTrip -p mechanism=pipe -p loadPercent=50 -f 1
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class LoadLatencyBench {

    /** Items a handoff holds (its capacity): a backlog beyond it holds up the producer, and the due times say so. */
    static final int HANDOFF_CAPACITY = 64;
    /** The maximum is the best of these closed-loop rounds: a preemption during one round lowers only that round. */
    static final int CALIBRATION_ROUNDS = 5;
    static final long CALIBRATION_ROUND_MS = 40;

    /** The trial: a driver over one mechanism, its maximum rate, and the offered one. */
    @State(Scope.Thread) // JMH wants a @Param's own class to be a state; the subclasses are the ones used
    public abstract static class Load {
        @Param({}) // values from the workload catalogue (core.catalog.Workloads): the aliases of the method's space
        public String mechanism;

        @Param({"cross-cpu"})
        public String placement;

        @Param({"10", "50", "90", "110"})
        public int loadPercent;

        LoadDriver driver;
        double maxRate;
        double offeredRate;
        private final List<AutoCloseable> owned = new ArrayList<>();
        private Placement.Pinning pinning;
        private CpuMeter cpu;
        private long messages;
        private HistogramFile histograms;

        /** Opens the mechanism and a driver over it; {@link #own} what must be closed. */
        abstract LoadDriver open(Placement where);

        <T extends AutoCloseable> T own(T resource) {
            owned.add(resource);
            return resource;
        }

        @Setup(Level.Trial)
        public void start() {
            if (loadPercent <= 0) {
                throw new IllegalArgumentException("loadPercent must be > 0, got " + loadPercent);
            }
            Placement where = Placement.of(placement);
            try {
                driver = open(where);
                pinning = where.pinCurrentThread();
                cpu = CpuMeter.ofChildren();
                driver.begin(Pacer.closed());
                JitWarmup.untilQuiet(driver::sendOne, 2_000);
                driver.end();
                for (int i = 0; i < CALIBRATION_ROUNDS; i++) {
                    maxRate = Math.max(maxRate, driver.run(Pacer.closed(), CALIBRATION_ROUND_MS).achievedRate());
                }
                offeredRate = maxRate * loadPercent / 100.0;
                histograms = ForkFiles.file("-latency" + HistogramFile.SUFFIX).map(f -> new HistogramFile(f, "sharebench LoadLatencyBench "
                        + mechanism + " placement=" + placement + " loadPercent=" + loadPercent + " offeredRate=" + Math.round(offeredRate)
                        + " maxRate=" + Math.round(maxRate) + " (ns; measured iterations only)")).orElse(null);
            } catch (RuntimeException | Error e) { // JMH runs no trial teardown after a failed setup: close here
                try {
                    closeAll(List.of());
                } catch (RuntimeException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }

        @Setup(Level.Iteration)
        public void beginIteration() {
            cpu.begin(messages);
            driver.begin(Pacer.open(offeredRate));
        }

        @TearDown(Level.Iteration)
        public void endIteration(IterationParams iteration) {
            LoadInterval r = driver.end();
            messages += r.messages();
            cpu.end(messages);
            IterationFigures.publish(figures(r));
            if (histograms != null && iteration.getType() == IterationType.MEASUREMENT) {
                histograms.append("latency", r.latency());
                histograms.append("fromSend", r.fromSend());
            }
        }

        private List<IterationFigures.Figure> figures(LoadInterval r) {
            List<IterationFigures.Figure> f = new ArrayList<>();
            f.add(us("lat.p50", r.latencyAt(50), AggregationPolicy.AVG));
            f.add(us("lat.p99", r.latencyAt(99), AggregationPolicy.AVG));
            f.add(us("lat.p99.9", r.latencyAt(99.9), AggregationPolicy.AVG));
            f.add(us("lat.max", r.latency().getMaxValue(), AggregationPolicy.MAX));
            if (r.fromSend() != null) {
                f.add(us("lat.p99.fromSend", r.fromSend().getValueAtPercentile(99), AggregationPolicy.AVG));
            }
            f.add(new IterationFigures.Figure("offeredRate", offeredRate, "msg/s", AggregationPolicy.AVG));
            f.add(new IterationFigures.Figure("maxRate", maxRate, "msg/s", AggregationPolicy.AVG));
            return f;
        }

        private static IterationFigures.Figure us(String label, long nanos, AggregationPolicy policy) {
            return new IterationFigures.Figure(label, nanos / 1e3, "us", policy);
        }

        @TearDown(Level.Trial)
        public void stop() {
            closeAll(List.of(() -> {
                if (messages == 0) {
                    throw new IllegalStateException(mechanism + ": no message completed");
                }
            }));
        }

        /** Runs {@code checks}, then closes the driver, unpins this thread and closes the mechanism, whatever failed. */
        private void closeAll(List<AutoCloseable> checks) {
            List<AutoCloseable> close = new ArrayList<>(checks);
            close.add(histograms);
            close.add(driver);
            close.add(pinning);
            close.addAll(owned.reversed());
            Closer.closeAll(mechanism, close.toArray(AutoCloseable[]::new));
        }
    }

    @State(Scope.Thread)
    public static class CrossProcess extends Load {
        @Override
        LoadDriver open(Placement where) {
            return new RoundTripLoad(own(RoundTrips.create(mechanism, placement)));
        }
    }

    @State(Scope.Thread)
    public static class InProcess extends Load {
        @Override
        LoadDriver open(Placement where) {
            Handoff h = own(Handoffs.create(mechanism, HANDOFF_CAPACITY, WaitStrategy.SPIN));
            return new HandoffLoad(h, where.childCpu());
        }
    }

    @Benchmark
    public void roundTrip(CrossProcess s) {
        s.driver.sendOne();
    }

    @Benchmark
    public void handoff(InProcess s) {
        s.driver.sendOne();
    }
}
