package dev.sharebench.jmh.queue;

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

/*
 * Workload 2, producer -> consumer handoff, LATENCY: how long does one item take to get to the
 * other thread and back, and how bad is the tail?
 *
 * Ping-pong over two instances of the same mechanism (EchoPair): the benchmark thread sends n, an
 * echo thread started by this benchmark sends n back, the benchmark thread checks it got n. Each
 * invocation is one round trip (two handoffs), sampled by Mode.SampleTime, so the result has
 * percentiles (p50, p99, p99.99), not just a mean. Only one item is ever in flight, so capacity does
 * not matter here and batching cannot hide the wake-up cost as it does in HandoffBench.
 *
 * Same split as HandoffBench: `polling` (spin / yield / park poll loops, eight mechanisms) and
 * `blocking` (block: the mechanism's own timed put/take, five mechanisms), so every generated
 * combination is valid; see core.workload.Handoffs for why each mechanism is where it is.
 *
 * What to expect: spin round trips close to FloorBench's (~120-300 ns here: two cache-line
 * transfers plus the mechanism's own work); park and block pay the hypervisor's wake-up across
 * vCPUs on both legs, tens of microseconds per round trip, and yield sits in between, depending on
 * what else wants the CPU. The tail (p99.9) of spin grows whenever JIT or GC threads take a vCPU.
 *
 * Verified: every reply must equal the request just sent (throws, naming the mechanism);
 * teardown stops and joins the echo thread and fails if it failed.
 *
 * Run: java -jar jmh/target/benchmarks.jar HandoffLatencyBench
 *      one strategy: java -jar jmh/target/benchmarks.jar 'HandoffLatencyBench.polling' -p waitStrategy=spin
 *      (select the group: -p also applies to the blocking state, where only block is valid)
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
public class HandoffLatencyBench {

    /** One echo pair per trial; the two states name the wait strategies; the catalogue gives each group only mechanisms that can wait that way. */
    @State(Scope.Thread) // JMH wants a @Param's own class to be a state; the subclasses are the ones used
    public abstract static class Pair {
        @Param({}) // values from the workload catalogue (core.catalog.Workloads): the aliases of this group's space
        public String mechanism;

        @Param({"64"})
        public int capacity;

        EchoPair pair;

        abstract String waitStrategy();

        @Setup(Level.Trial)
        public void open() {
            pair = new EchoPair(mechanism, capacity, waitStrategy());
        }

        @TearDown(Level.Trial)
        public void close() throws InterruptedException {
            pair.close();
            if (pair.roundTrips() == 0) {
                throw new IllegalStateException(mechanism + ": no round trip completed");
            }
        }
    }

    @State(Scope.Thread)
    public static class Polling extends Pair {
        @Param({"spin", "yield", "park"})
        public String waitStrategy;

        @Override
        String waitStrategy() {
            return waitStrategy;
        }
    }

    @State(Scope.Thread)
    public static class Blocking extends Pair {
        @Param({"block"})
        public String waitStrategy;

        @Override
        String waitStrategy() {
            return waitStrategy;
        }
    }

    @Benchmark
    public long polling(Polling s) throws InterruptedException {
        return s.pair.roundTrip();
    }

    @Benchmark
    public long blocking(Blocking s) throws InterruptedException {
        return s.pair.roundTrip();
    }
}
