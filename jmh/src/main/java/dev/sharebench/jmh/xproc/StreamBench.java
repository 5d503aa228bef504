package dev.sharebench.jmh.xproc;

import dev.sharebench.core.contract.StreamSender;
import dev.sharebench.core.workload.Streams;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * One-way stream from this JVM to a child JVM: how many messages, and bytes, per second does each
 * way of carrying copies sustain? The benchmark thread stamps and sends payloads (seeded random
 * content); the child copies each one out into its own array and checks it (core.wire.PayloadCheck):
 * the sequence stamps in every 4 KiB block and at the end of every message (loss, reordering,
 * truncation, copies torn at a block boundary), and a CRC32C over every byte of a random 1/64 of the
 * messages that the child draws itself, so the sender cannot know which. At teardown the child's
 * count must equal the number sent, or the trial fails with the mechanism's alias.
 *
 * Rows: agrona-ring (Agrona OneToOneRingBuffer over a /dev/shm mapping, the production IPC ring),
 * mmap-spsc-ring (ours, minimal), pipe (child's stdin), uds, tcp. capacity is the buffer between the
 * ends: ring bytes (raised to hold 8 messages), F_SETPIPE_SZ, or SO_SNDBUF/SO_RCVBUF.
 *
 * Expect (64 KiB writes): the kernel transports a few GiB/s, a shared-memory ring several times more
 * (the C ring: ~9 GB/s across vCPUs, docs/machine.md):
 * the rings copy once in and once out with no syscall, the kernel transports add two copies through
 * the kernel and a wake-up whenever the buffer runs empty or full. Small payloads measure per-message
 * overhead (a syscall per message for the kernel transports), large ones memory bandwidth.
 * The "bytes" secondary result is bytes/s (JMH scales the counter by time); cpuNsPerOpParent and
 * cpuNsPerOpChild are the CPU time both processes used per message (CpuMeter, CpuPerOpProfiler).
 * Siblings: RttBench (the same transports, one message at a time: latency instead of bandwidth)
 * and the in-process HandoffBench (the same ring idea between two threads of one JVM).
 *
 * Run: java -jar jmh/target/benchmarks.jar StreamBench -p placement=cross-cpu \
 *        -jvmArgsPrepend "$(java -jar core/target/core.jar jvm-flags)"   (the forks need the suite's flags)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Thread)
public class StreamBench {

    @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
    public String mechanism;

    @Param({"64", "4096", "65536", "1048576"})
    public int payloadBytes;

    @Param({"1048576"})
    public int capacity;

    @Param({"cross-cpu", "same-cpu", "os"})
    public String placement;

    private StreamSender sender;
    private PinnedPeer<StreamSender> trial;
    private long seq;

    /** Bytes sent, reported by JMH as a rate next to messages/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() {
        trial = PinnedPeer.open(mechanism, placement, () -> Streams.create(mechanism, payloadBytes, capacity, placement));
        sender = trial.peer();
    }

    /** CPU per message of both processes, per iteration (CpuMeter; trial set-up excluded). */
    @Setup(Level.Iteration)
    public void beginIteration() {
        trial.cpu().begin(seq);
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        trial.cpu().end(seq);
    }

    @Benchmark
    public void send(Bytes counter) {
        sender.send(++seq);
        counter.bytes += payloadBytes;
    }

    @TearDown(Level.Trial)
    public void stop() {
        trial.close(() -> sender.finish(seq));
    }
}
