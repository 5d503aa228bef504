package dev.sharebench.jmh.xproc;

import dev.sharebench.core.contract.SharedMapWorkload;
import dev.sharebench.core.workload.SharedMaps;
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
 * A map shared through a manager server process: what does a proxy call cost per item, and what
 * does batching buy? One operation writes `batch` entries and reads them back: batch = 1 is
 * map.put + map.get (two round trips per item, the classic manager dict); batch = 64 is one putAll
 * + one getAll (two round trips per 64 items). Every value read back is checked.
 *
 * codec: binary (ours, tagged values) vs java (ObjectOutputStream per message, read through an
 * ObjectInputFilter allowlist). Expect the round trip to dominate at batch = 1 (tens of us across
 * vCPUs, ~10-20 us on one vCPU), the codec to matter more at batch = 64 (java serialization sends
 * class descriptors every message). Time per operation; per item = score / batch.
 * Sibling: RttBench's manager rows (map.get alone) against pipe/uds/tcp, the bare transports.
 *
 * Run: java -jar jmh/target/benchmarks.jar SharedMapBench -p placement=cross-cpu \
 *        -jvmArgsPrepend "$(java -jar core/target/core.jar jvm-flags)"   (the forks need the suite's flags)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Thread)
public class SharedMapBench {

    @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
    public String mechanism;

    @Param({"binary", "java"})
    public String codec;

    @Param({"1", "64"})
    public int batch;

    @Param({"cross-cpu", "same-cpu", "os"})
    public String placement;

    private SharedMapWorkload map;
    private PinnedPeer<SharedMapWorkload> trial;
    private long round;

    @Setup(Level.Trial)
    public void start() {
        trial = PinnedPeer.open(mechanism, placement, () -> SharedMaps.create(mechanism, codec, batch, placement));
        map = trial.peer();
    }

    @Benchmark
    public int writeThenRead() {
        return map.step(++round);
    }

    @TearDown(Level.Trial)
    public void stop() {
        trial.close(() -> {
            if (round == 0) {
                throw new IllegalStateException(mechanism + ": no operation completed");
            }
        });
    }
}
