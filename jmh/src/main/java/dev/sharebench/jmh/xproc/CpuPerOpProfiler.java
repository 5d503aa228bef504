package dev.sharebench.jmh.xproc;

import dev.sharebench.core.catalog.Stage;
import dev.sharebench.core.catalog.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Hands the {@link CpuMeter}'s figures of each iteration to JMH as secondary results
 * ({@code cpuNsPerOpParent}, {@code cpuNsPerOpChild}, ns/op, averaged over iterations), so that they
 * land in the result JSON beside the latency and the report shows them as columns.
 *
 * <p>NOTE: a profiler, not {@code @AuxCounters}: JMH collects aux counters only in Throughput and
 * AverageTime modes, and RttBench samples (SampleTime) for its percentiles. A benchmark that
 * publishes nothing gets no extra result. The suite runner and hand runs through BenchMain add it
 * to every cross-process workload ({@link #wantedBy}); by hand: {@code -prof } + this class's name.
 *
 * <p>It also hands on the {@link IterationFigures} a benchmark published for the iteration
 * (LoadLatencyBench's latency percentiles), for the same reason: one profiler that the suite
 * already adds to every cross-process fork.
 */
public final class CpuPerOpProfiler implements InternalProfiler {

    /** Whether the suite adds this profiler to the forks of {@code w}: the cross-process workloads. */
    public static boolean wantedBy(Workload w) {
        return w.stage() == Stage.CROSS_PROCESS;
    }

    /** The JMH arguments that add it. */
    public static List<String> jmhArgs() {
        return List.of("-prof", CpuPerOpProfiler.class.getName());
    }

    @Override
    public String getDescription() {
        return "CPU time per operation of this JVM and of its child processes (sharebench cross-process benchmarks)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        CpuMeter.take(); // drop anything an earlier benchmark in this JVM left
        IterationFigures.take();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        CpuMeter.Sample s = CpuMeter.take();
        List<Result> out = new ArrayList<>();
        if (s != null) {
            add(out, CpuMeter.PARENT, s.parentNsPerOp());
            add(out, CpuMeter.CHILD, s.childNsPerOp());
        }
        for (IterationFigures.Figure f : IterationFigures.take()) {
            out.add(new ScalarResult(f.label(), f.value(), f.unit(), f.policy()));
        }
        return out;
    }

    private static void add(List<Result> out, String label, double nsPerOp) {
        if (!Double.isNaN(nsPerOp)) {
            out.add(new ScalarResult(label, nsPerOp, "ns/op", AggregationPolicy.AVG));
        }
    }
}
