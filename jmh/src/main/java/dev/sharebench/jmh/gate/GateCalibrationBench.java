package dev.sharebench.jmh.gate;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/*
 * The regression gate's own yardstick: a fixed, realistic amount of work whose cost we can change
 * on purpose, so the gate's false-alarm rate and power can be measured (docs/gate-calibration.md).
 *
 * Each operation takes a monitor, holds it for `holdTokens` of Blackhole.consumeCPU and bumps a
 * guarded counter: the shape of a lock-guarded global with a realistic critical section, on one
 * thread so the machine's second vCPU stays free for JMH, the GC and other jobs. The work is
 * almost all hold time, so scaling the hold scales the whole operation.
 *
 * The test-only knob: -Dsharebench.gate.slowdown=1.10 (read once in @Setup) multiplies the hold
 * tokens by 1.10, i.e. a real 10% slowdown of the code, not an edit of results. It is OFF unless
 * that property is passed to the fork (gate.sh --candidate-jvm-args); the value in effect is
 * printed, and anything outside [1, 2] is refused so it cannot silently mean something else.
 *
 * Why SampleTime: on a shared machine the benchmark thread is preempted for whole scheduler
 * slices, which inflates AverageTime (wall time / ops) by 2-10x from one iteration to the next,
 * while the MEDIAN of the sampled operation times barely moves (measured here under a load average
 * of 8: iteration means 4.7-28 us, medians 1.65-1.70 us). A code change moves the median; the
 * scheduler mostly moves the tail. The gate therefore compares per-iteration medians of sample-mode
 * histograms (reports gate --sample-statistic, default median).
 *
 * Expect ~1.7 ns per hold token here (median ~1.7 us at 1000 tokens) and an A/A ratio of 1.00
 * within the fork-to-fork noise; with the knob at 1.10, a ratio of ~1.10.
 * Contrast: the suite's CounterBench measures the same lock shape under contention, across
 * mechanisms (with @Param("mechanism")); this class has no mechanism parameter on purpose: it is
 * a fixture that only exists to calibrate the gate.
 *
 * Verified: teardown checks the counter equals the number of operations JMH counted (setup resets
 * both per iteration), so a benchmark that skipped its work fails loudly.
 *
 * Run: java -jar jmh/target/benchmarks.jar GateCalibrationBench -jvmArgsAppend -Dsharebench.gate.slowdown=1.10
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 10)
@Threads(1)
@State(Scope.Benchmark)
public class GateCalibrationBench {

    /** Test-only: the factor by which the hold time is scaled; 1.0 (off) unless set on the fork. */
    public static final String SLOWDOWN_PROPERTY = "sharebench.gate.slowdown";

    @Param({"1000"})
    public int holdTokens;

    private final Object lock = new Object();
    private long counter;
    private long operations;
    private long effectiveTokens;

    @Setup(Level.Trial)
    public void configure() {
        if (holdTokens < 1) {
            throw new IllegalArgumentException("holdTokens must be >= 1, got " + holdTokens);
        }
        double factor = slowdownFactor(System.getProperty(SLOWDOWN_PROPERTY));
        effectiveTokens = Math.round(holdTokens * factor);
        if (factor != 1.0) {
            System.out.println("# GateCalibrationBench: TEST-ONLY slowdown " + factor + " in effect: "
                    + holdTokens + " -> " + effectiveTokens + " hold tokens");
        }
    }

    long effectiveTokens() {
        return effectiveTokens;
    }

    static double slowdownFactor(String value) {
        if (value == null || value.isBlank()) {
            return 1.0;
        }
        double f;
        try {
            f = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SLOWDOWN_PROPERTY + " must be a number in [1, 2], got '" + value + "'", e);
        }
        if (!(f >= 1.0 && f <= 2.0)) {
            throw new IllegalArgumentException("-D" + SLOWDOWN_PROPERTY + " must be in [1, 2], got " + f);
        }
        return f;
    }

    @Setup(Level.Iteration)
    public void reset() {
        counter = 0;
        operations = 0;
    }

    @Benchmark
    public long lockedAdd() {
        operations++;   // JMH's own count of calls, kept outside the lock to check the guarded one
        synchronized (lock) {
            Blackhole.consumeCPU(effectiveTokens);
            return ++counter;
        }
    }

    @TearDown(Level.Iteration)
    public void verify() {
        if (operations == 0 || counter != operations) {
            throw new IllegalStateException("GateCalibrationBench: counter " + counter + " after " + operations + " operations");
        }
    }
}
