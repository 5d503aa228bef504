package dev.sharebench.reports.gate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One benchmark with one parameter set on one side of the gate: its per-fork iteration scores,
 * gathered from one or more JMH result files (A/B mode writes one file per fork).
 *
 * @param key     {@code BenchmarkRun.key()}: benchmark, mode and sorted parameters
 * @param unit    the score unit, the same in every file of this side
 * @param forks   per fork, the measurement-iteration scores (all finite)
 * @param sources the files the forks came from
 */
public record BenchmarkSeries(String key, String unit, List<double[]> forks, List<Path> sources) {

    public BenchmarkSeries {
        forks = List.copyOf(forks);
        sources = List.copyOf(sources);
    }

    public int forkCount() {
        return forks.size();
    }

    /** The mean of each fork's iterations: the unit of replication for the tests. */
    public double[] forkMeans() {
        return forks.stream().mapToDouble(f -> Arrays.stream(f).average().orElseThrow()).toArray();
    }
}
