package dev.sharebench.jmh.canary;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/*
 * The machine-state canary: a fixed piece of CPU work with nothing to share, measured at the start,
 * middle and end of every run (and of every gate A/B run), next to the floor (FloorBench's
 * cache-line ping-pong). It answers "did the machine change under this run?", not any question
 * about sharing.
 *
 * The kernel is a chain of xorshift64 steps: each step depends on the previous one, uses only
 * registers (no memory, no allocation, no branch the predictor could learn differently), so its
 * cost is a number of dependent ALU cycles. It moves when the vCPU gets slower (a lower clock,
 * another guest stealing the core, the host moving the vCPU); it does not move with cache
 * placement. The floor is the opposite: it moves when the host places the two vCPUs differently
 * (a round trip of ~120 ns on one placement, ~500 ns on another on this kind of machine). Together
 * they say which kind of change happened, and the report and the gate warn when either drifted
 * beyond its own noise between the canary points of a run.
 *
 * Verified: after every iteration the chain's value must equal the seed advanced by exactly the
 * number of steps JMH ran (computed in closed form: xorshift is linear over GF(2), so n steps are
 * one 64x64 bit-matrix power, Xorshift.jump). A kernel the JIT skipped, or ran a different number
 * of times, fails the run.
 *
 * Run: java -jar jmh/target/benchmarks.jar CanaryBench -f 1
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class CanaryBench {

    static final int STEPS = 1024;
    static final long SEED = 0x9E3779B97F4A7C15L;

    long state;
    long invocations;

    @Setup(Level.Iteration)
    public void reset() {
        state = SEED;
        invocations = 0;
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long compute() {
        long x = state;
        for (int i = 0; i < STEPS; i++) {
            x = step(x);
        }
        state = x;
        invocations++;
        return x;
    }

    static long step(long x) {
        return Xorshift.step(x);
    }

    @TearDown(Level.Iteration)
    public void verify() {
        if (invocations == 0) {
            throw new IllegalStateException("canary: no invocation completed");
        }
        long x = Xorshift.jump(SEED, invocations * STEPS);
        if (x != state) {
            throw new IllegalStateException("canary: chain value " + state + " after " + invocations + " invocations, expected " + x);
        }
    }
}
