package dev.sharebench.reports.gate;

import dev.sharebench.reports.stats.IntervalRule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One benchmark with one parameter set on one side of the gate: its per-fork iteration scores,
 * gathered from one or more JMH result files (A/B mode writes one file per fork, round by round, so
 * fork {@code i} of every benchmark of an A/B run was recorded in round {@code i + 1}).
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

    /** Each fork's summary by the suite's one rule: the median of its iterations. The unit of replication. */
    public double[] forkSummaries() {
        return IntervalRule.forkSummaries(forks);
    }

    /** The same forks with every iteration value multiplied by {@code factor} (a calibration's injected shift). */
    public BenchmarkSeries scaled(double factor) {
        return new BenchmarkSeries(key, unit, forks.stream().map(f -> Arrays.stream(f).map(v -> v * factor).toArray()).toList(), sources);
    }

    /** The same benchmark with other forks (a resampled subset). */
    public BenchmarkSeries withForks(List<double[]> subset) {
        return new BenchmarkSeries(key, unit, subset, sources);
    }
}
