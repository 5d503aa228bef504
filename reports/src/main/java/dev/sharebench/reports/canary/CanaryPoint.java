package dev.sharebench.reports.canary;

import java.util.Map;

/**
 * One canary point of a run: the canary benchmarks measured at one moment.
 *
 * @param name       "start", "middle", "end", ...
 * @param afterRound in a gate A/B run, the number of rounds measured before this point (0 at the
 *                   start); -1 when unknown
 * @param benchmarks canary benchmark key ({@code BenchmarkRun.key()}) to its measurement
 */
public record CanaryPoint(String name, int afterRound, Map<String, Measurement> benchmarks) {

    public CanaryPoint {
        benchmarks = Map.copyOf(benchmarks);
    }

    /**
     * One canary benchmark at one point.
     *
     * @param label      a short name for messages, e.g. {@code FloorBench.roundTrip [avgt] mechanism=x}
     * @param unit       the score unit
     * @param iterations its measurement iterations (SampleTime: iteration medians), all forks pooled
     * @param forks      how many forks they came from (the canary runs one)
     */
    public record Measurement(String label, String unit, double[] iterations, int forks) {
    }
}
