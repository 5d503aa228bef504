package dev.sharebench.reports.historydb;

import java.util.List;

/**
 * One run as the history keeps it.
 *
 * @param runId       the manifest's run id (or the results directory's name)
 * @param commit      the measured commit
 * @param startedMs   start time, epoch milliseconds (orders the series)
 * @param started     start time as written in the manifest (ISO-8601)
 * @param hostname    the runner's host name: shown, never used to group
 * @param benchmarks  every JMH entry of the run with its fork summaries
 */
public record StoredRun(String runId, String commit, long startedMs, String started, String profile, String jdk,
                        Fingerprint machine, String hostname, List<Benchmark> benchmarks) {

    /**
     * One JMH entry (benchmark, mode, parameters: {@code BenchmarkRun.key()}) and one summary per fork.
     */
    public record Benchmark(String key, String unit, double[] forks) {
    }

    public StoredRun {
        benchmarks = List.copyOf(benchmarks);
    }

    /** The primary key of this run: the same run added twice (or by two runners) is stored once. */
    long id() {
        return Fingerprint.id(runId + "|" + machine.id() + "|" + started);
    }
}
