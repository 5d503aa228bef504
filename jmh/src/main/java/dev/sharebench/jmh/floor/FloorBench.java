package dev.sharebench.jmh.floor;

import dev.sharebench.core.contract.PingPong;
import dev.sharebench.core.floor.PingPongCell;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.workload.Floors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
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
import org.openjdk.jmh.infra.Control;

/*
 * The floor: what does it cost, at best, to hand a value from one core to another and back?
 *
 * Two threads spin on one cache line (core.floor.PingPongCell). The line crosses between the cores
 * twice per round trip, and nothing any mechanism does can be cheaper than that, so
 * HandoffLatencyBench's ping-pong and the cross-process RttBench are read against this number.
 *
 * Expect ~77 ns per round trip in the development machine's common host state, ~30 or ~440 ns in
 * two others, in C and in Java alike (docs/machine.md): compare within one run only.
 * Both vCPUs spin, so there is no CPU left for anything else: keep this benchmark to 2 threads.
 *
 * The instructive variants are @Params with the C reference's flag values (scripts/reference/
 * core-to-core.c --layout --pause --pin; placement is its --pin), so the suite runner runs that program
 * with the same flags before and after each fork (core.catalog.Targets, T1 and its variants):
 *   layout  one-line: request and response in one 64-byte line; two-lines: 128 bytes apart
 *           (PingPongCell puts both in a 128-byte-aligned block, byte for byte as the C program).
 *   pause   on: Thread.onSpinWait() (PAUSE) in every spin; off: a bare loop.
 *   placement cross-cpu: pinger on the first allowed CPU, ponger on the second (core's Placement, the
 *           pinning of the cross-process benchmarks); os: wherever the scheduler puts them.
 * They are parameters of the one mechanism, not aliases of their own: the report ranks mechanisms
 * within one parameter point and the targets pair a bench point with a program case by its params,
 * so a variant as a param lines up with its C case by name, and cache-line-pingpong stays one row.
 * Measured: scripts/reference/README.md, "The floor explained".
 *
 * NOTE: a first version kept the pinger's and the ponger's counters as two fields of the one
 * group-shared state object, next to the reference to the cell. Each side wrote its counter on
 * every round trip, so that object's cache line bounced between the cores too: a second line
 * transfer per round trip. Each side's mutable state now lives in its own padded
 * @State(Scope.Thread) object and the shared state is read-only while measuring (the stop check
 * is also a BooleanSupplier made once per thread, though C2 already inlined the old per-call
 * lambda). Interleaved A/B on the 2-vCPU machine, quick settings (3 x 500 ms warm-up,
 * 3 x 1 s), two rounds: before 317 / 267 ns, after 137 / 126 ns per round trip, i.e. the C
 * core-to-core figure measured beside it that day.
 *
 * Verified: the ponger answers request n with n + 1 (PingPong.reply) and the pinger checks every
 * answer (an echo of its own argument or a stale answer throws); the ponger checks that every request
 * is exactly the previous one + 1 (no lost or reordered handoff), and teardown checks that the last
 * answer is the one to the last request. Check P31 runs the same cell at every variant below.
 *
 * Run: java -jar jmh/target/benchmarks.jar FloorBench -p layout=one-line -p pause=on -p placement=cross-cpu
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Group)
public class FloorBench {

    @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
    public String mechanism;

    @Param({"one-line", "two-lines"})
    public String layout;

    @Param({"on", "off"})
    public String pause;

    @Param({"cross-cpu", "os"})
    public String placement;

    PingPongCell cell;

    @Setup(Level.Trial)
    public void create() {
        if (Placement.of(placement) == Placement.SAME_CPU) {
            throw new IllegalArgumentException("placement same-cpu: two spinners on one CPU progress only when the scheduler preempts one"
                    + " (milliseconds per round trip); use cross-cpu or os");
        }
        cell = Floors.create(mechanism, layout, pause);
    }

    /** One side's own state: written only by its thread, never shares a line with the other side's. */
    public abstract static class Side {
        @SuppressWarnings("unused") long p01, p02, p03, p04, p05, p06, p07, p08;
        long last;                 // pinger: last request answered; ponger: last request seen
        Control control;           // refreshed each call: JMH may hand a new Control per iteration
        final BooleanSupplier stop = () -> control.stopMeasurement;
        Placement.Pinning pinning; // this thread's CPU mask before the trial, restored at its end
        @SuppressWarnings("unused") long p11, p12, p13, p14, p15, p16, p17, p18;

        @TearDown(Level.Trial)
        public void unpin() {
            pinning.close();
        }
    }

    @State(Scope.Thread)
    public static class Pinger extends Side {
        @Setup(Level.Trial)
        public void register(FloorBench bench) {
            bench.pinger = this;
            pinning = Placement.of(bench.placement).pinCurrentThread(); // JMH runs a thread state's setup on its own thread
        }
    }

    @State(Scope.Thread)
    public static class Ponger extends Side {
        @Setup(Level.Trial)
        public void register(FloorBench bench) {
            bench.ponger = this;
            pinning = Placement.of(bench.placement).pinCurrentThreadAsPeer();
        }
    }

    // Written once at setup, read at teardown: never touched while measuring.
    private Pinger pinger;
    private Ponger ponger;

    @Benchmark
    @Group("roundTrip")
    @GroupThreads(1)
    public long ping(Pinger me, Control control) {
        me.control = control;
        long n = me.last + 1;
        long answer = cell.ping(n, me.stop);
        if (answer == PingPong.reply(n)) {
            me.last = n;
        } else if (answer != PingPong.STOPPED) {
            throw new IllegalStateException(mechanism + ": request " + n + " answered " + answer + " (the ponger replies " + PingPong.reply(n) + ")");
        }
        return answer;
    }

    @Benchmark
    @Group("roundTrip")
    @GroupThreads(1)
    public long pong(Ponger me, Control control) {
        me.control = control;
        long n = cell.pong(me.last, me.stop);
        if (n >= 0) {
            if (n != me.last + 1) {
                throw new IllegalStateException(mechanism + ": request " + n + " after " + me.last + " (lost or reordered handoff)");
            }
            me.last = n;
        }
        return n;
    }

    @TearDown(Level.Trial)
    public void verify() {
        long sent = pinger.last;
        if (sent == 0) {
            throw new IllegalStateException(mechanism + ": no round trip completed");
        }
        if (ponger.last < sent || cell.lastResponse() < PingPong.reply(sent)) {
            throw new IllegalStateException(mechanism + ": pinger saw " + sent + " answers but ponger answered " + ponger.last);
        }
    }
}
