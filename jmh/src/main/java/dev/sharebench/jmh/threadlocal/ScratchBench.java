package dev.sharebench.jmh.threadlocal;

import dev.sharebench.core.contract.Scratch;
import dev.sharebench.core.workload.Carriers;
import dev.sharebench.core.workload.Scratches;
import java.security.MessageDigest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/*
 * Workload 3, per-thread state: every operation needs a scratch object that is not thread-safe
 * (here a SHA-256 MessageDigest). Where should it come from?
 *
 * The work is the same for every mechanism (DigestWork): a task of 8 digests of a 64-byte buffer,
 * each checked against the known digest; the score is per digest. Two shapes:
 *
 *  - `direct`: 2 JMH threads run tasks back to back on themselves (long-lived platform threads).
 *    The pure cost of getting the scratch: thread-local is a map lookup; scoped-value binds a new
 *    instance per task (1 getInstance per 8 digests); new-per-call pays getInstance per digest;
 *    shared-locked serializes the two threads on one lock; queue-pool takes two locks per use.
 *  - `carried`: each task is submitted to a carrier and the benchmark waits for it:
 *      carrier=platform: a pool of long-lived platform threads (the classic server), so
 *        ThreadLocal instances are reused across tasks;
 *      carrier=virtual: a new virtual thread per task (how virtual threads are meant to be used),
 *        so a ThreadLocal instance lives for ONE task and thread-local degrades to "new per task
 *        plus a map entry", while scoped-value costs exactly what it costs on platform threads.
 *    The submit/wake-up/join overhead is included and identical across mechanisms: compare
 *    mechanisms within one carrier, and the same mechanism across carriers.
 *
 * Expect: direct: thread-local fastest, new-per-call and queue-pool slower, shared-locked slowest at
 * 2 threads (the digest is done under the lock). carried: the handoff to the carrier dominates; the
 * interesting line is thread-local's gap between platform and virtual.
 *
 * Verified: every digest is compared with the expected bytes (throws with the alias).
 *
 * Run: java -jar jmh/target/benchmarks.jar ScratchBench
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScratchBench {

    @State(Scope.Benchmark)
    public static class Direct {
        @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
        public String mechanism;

        Scratch<MessageDigest> scratch;

        @Setup(Level.Trial)
        public void open(BenchmarkParams params) {
            scratch = Scratches.create(mechanism, DigestWork::sha256, params.getThreads());
        }

        @TearDown(Level.Trial)
        public void close() {
            scratch.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Carried {
        @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
        public String mechanism;

        @Param({"platform", "virtual"})
        public String carrier;

        Scratch<MessageDigest> scratch;
        ExecutorService executor;

        @Setup(Level.Trial)
        public void open(BenchmarkParams params) {
            int parties = params.getThreads();
            scratch = Scratches.create(mechanism, DigestWork::sha256, parties);
            executor = Carriers.create(carrier, parties);
        }

        @TearDown(Level.Trial)
        public void close() throws InterruptedException {
            executor.shutdown();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(mechanism + "/" + carrier + ": carrier threads did not stop");
            }
            scratch.close();
        }
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(DigestWork.OPS_PER_TASK)
    public int direct(Direct s) {
        return DigestWork.task(s.scratch);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(DigestWork.OPS_PER_TASK)
    public int carried(Carried s) throws InterruptedException, ExecutionException {
        return s.executor.submit(() -> DigestWork.task(s.scratch)).get();
    }
}
