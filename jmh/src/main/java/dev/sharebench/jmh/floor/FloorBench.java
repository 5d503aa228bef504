package dev.sharebench.jmh.floor;

import dev.sharebench.core.floor.PingPongCell;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Control;

/*
 * The floor: what does it cost, at best, to hand a value from one core to another and back?
 *
 * Two threads spin on one cache line (core.floor.PingPongCell). The line crosses between the cores
 * twice per round trip, and nothing any mechanism does can be cheaper than that, so HandoffBench's
 * ping-pong latency and the cross-process RttBench are read against this number.
 *
 * Expect ~120 ns per round trip on the reference 2-vCPU KVM machine (see TOOLCHAIN-NOTES: the
 * host sometimes places the vCPUs so that it is ~510 ns for a whole run; compare within one run).
 * Both vCPUs spin, so there is no CPU left for anything else: keep this benchmark to 2 threads.
 *
 * Verified: the ponger checks that every request is exactly the previous one + 1 (no lost or
 * reordered handoff), and teardown checks the last echo matches the last request.
 *
 * Run: java -jar jmh/target/benchmarks.jar FloorBench
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Group)
public class FloorBench {

    @Param({"cache-line-pingpong"})
    public String mechanism;

    private final PingPongCell cell = new PingPongCell();
    private long sent;      // pinger only: last request fully echoed
    private long received;  // ponger only: last request echoed

    @Benchmark
    @Group("roundTrip")
    @GroupThreads(1)
    public long ping(Control control) {
        long n = sent + 1;
        long echoed = cell.ping(n, () -> control.stopMeasurement);
        if (echoed == n) {
            sent = n;
        }
        return echoed;
    }

    @Benchmark
    @Group("roundTrip")
    @GroupThreads(1)
    public long pong(Control control) {
        long n = cell.pong(received, () -> control.stopMeasurement);
        if (n >= 0) {
            if (n != received + 1) {
                throw new IllegalStateException(mechanism + ": request " + n + " after " + received + " (lost or reordered handoff)");
            }
            received = n;
        }
        return n;
    }

    @TearDown(Level.Trial)
    public void verify() {
        if (sent == 0) {
            throw new IllegalStateException(mechanism + ": no round trip completed");
        }
        if (received < sent || cell.lastResponse() < sent) {
            throw new IllegalStateException(mechanism + ": pinger saw " + sent + " echoes but ponger echoed " + received);
        }
    }
}
