package dev.sharebench.jmh.xproc;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.workload.RoundTrips;
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

/*
 * Ping-pong between two JVM processes: what does one small message there and back cost, per way of
 * sharing? The benchmark thread sends a number, a child JVM (started once per trial) answers it with
 * the number plus one (RoundTrip.reply), and the reply is checked (a wrong or missing reply throws with the mechanism's alias).
 *
 * Rows (each alias names its wait where there is a choice; see core.workload.RoundTrips):
 *   mmap-spin / -yield / -park / -futex  a {seq, value} mailbox in a /dev/shm mapping, four ways to wait
 *   mmap-block                           the same mailbox, FUTEX_WAIT at once (C's futex hand-off)
 *   pipe, fifo, uds, tcp                 8-byte length-prefixed frames through the kernel, blocking reads
 *   process-queue                        a Long through a serializing bounded queue + feeder thread + pipe
 *   <transport>-busy-poll                the same five, both ends retrying non-blocking reads in a loop
 *   <transport>-spin-then-block          ... retrying for 20 us, then sleeping in poll/epoll
 *   manager-uds, manager-tcp             map.get(key) through a java.lang.reflect.Proxy (one request each)
 *   manager-<t>-busy-poll, -spin-then-block   the same, the server's selector loop and the client polling
 *   rmi                                  a java.rmi remote call (JRMP over loopback TCP)
 *
 * What to expect (the development machine's figures and how they were measured: docs/machine.md;
 * the host's state moves them several-fold, so compare within one run only):
 *   - cross-cpu: mmap-spin close to the core-to-core floor (FloorBench shows it for two threads);
 *     mmap-futex close to it while the peer answers within the spin budget; mmap-block pays the
 *     blocking wake-up. Anything that blocks in the kernel pays the hypervisor's cross-vCPU
 *     wake-up twice: a C round trip took 77-309 us (pipe, uds, tcp) on the day of docs/machine.md; the manager adds encoding and a server thread on top; rmi adds JRMP and
 *     serialization.
 *   - same-cpu: a blocking hand-off is a cheap context switch (C: pipe ~8 us, uds ~14 us, tcp
 *     ~20 us), while a spinning peer only runs when the scheduler preempts the spinner: mmap-spin
 *     turns into milliseconds. That inversion is the lesson of the placement parameter.
 *   - os: bimodal, whichever of the two the scheduler picked; the JSON records the placement.
 *   - busy-poll buys the wake-up back across vCPUs (a few us instead of ~50) at the price of two
 *     busy CPUs, and is pathological on one CPU like mmap-spin; spin-then-block should sit near
 *     busy-poll across vCPUs and near block on one CPU (it sleeps after 20 us of spinning).
 *
 * Beside the latency: cpuNsPerOpParent and cpuNsPerOpChild, the CPU time both processes used per
 * round trip in each iteration (kernel CPU clocks, whole processes; CpuMeter, CpuPerOpProfiler).
 * The suite adds the profiler; by hand add -prof dev.sharebench.jmh.xproc.CpuPerOpProfiler, or run
 * through benchmarks.jar's main (BenchMain), which adds it to the cross-process benchmarks.
 *
 * The forks need the suite's JVM flags on JDK 25 (FFM downcalls for futex and sched_setaffinity,
 * Agrona's jdk.internal.misc): scripts/run-all.sh passes them, a run by hand as below.
 * SampleTime: the percentiles matter more than the mean (p99 shows JIT and scheduler stalls).
 * Warm-up: setup first calls the same roundTrip method until JIT compile time stops growing (at
 * most 2 s, JitWarmup), then JMH's warm-up iterations run; no warm-up-only code path exists.
 *
 * Run: java -jar jmh/target/benchmarks.jar RttBench -p placement=cross-cpu,same-cpu \
 *        -jvmArgsPrepend "$(java -jar core/target/core.jar jvm-flags)"   (the forks need the suite's flags)
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Thread)
public class RttBench {

    @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
    public String mechanism;

    @Param({"cross-cpu", "same-cpu", "os"})
    public String placement;

    private RoundTrip peer;
    private PinnedPeer<RoundTrip> trial;
    private long seq;

    @Setup(Level.Trial)
    public void start() {
        trial = PinnedPeer.open(mechanism, placement, () -> RoundTrips.create(mechanism, placement));
        peer = trial.peer();
        JitWarmup.untilQuiet(this::roundTrip, 2_000);
    }

    /** CPU per round trip of both processes, per iteration (CpuMeter; trial set-up excluded). */
    @Setup(Level.Iteration)
    public void beginIteration() {
        trial.cpu().begin(seq);
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        trial.cpu().end(seq);
    }

    @Benchmark
    public long roundTrip() {
        return peer.roundTrip(++seq);
    }

    @TearDown(Level.Trial)
    public void stop() {
        trial.close(() -> {
            if (seq == 0) {
                throw new IllegalStateException(mechanism + ": no round trip completed");
            }
        });
    }
}
