package dev.sharebench.reports.jmh;

import java.util.List;
import java.util.Map;

/**
 * One JMH metric (primary or secondary) as recorded.
 *
 * @param score       JMH's aggregate score (may be NaN or infinite: JMH writes "NaN" strings)
 * @param scoreError  JMH's 99.9% half-width (NaN when JMH could not compute one)
 * @param unit        e.g. {@code ops/s}, {@code ns/op}, {@code B/op}
 * @param rawData     per fork, per measurement iteration; for SampleTime, the mean of each iteration's histogram
 * @param histogram   SampleTime only: per fork, per iteration, (value, count) pairs; empty otherwise
 * @param percentiles JMH's percentiles keyed "50.0", "99.0", ... (empty when absent)
 */
public record Metric(double score, double scoreError, String unit, List<double[]> rawData,
                     List<List<List<double[]>>> histogram, Map<String, Double> percentiles) {

    public Metric {
        rawData = List.copyOf(rawData);
        histogram = List.copyOf(histogram);
        percentiles = Map.copyOf(percentiles);
    }

    public int forkCount() {
        return rawData.size();
    }

    /** True when a bigger number is better (throughput units like ops/s), false for time per op. */
    public boolean higherIsBetter() {
        return Units.isThroughput(unit);
    }

    public boolean hasHistogram() {
        return !histogram.isEmpty();
    }

    /**
     * Per fork, the per-iteration values the statistics use: for SampleTime, {@code sample} of each
     * iteration's histogram (the median is robust to a preempted thread's rare ms-long samples,
     * which move the mean by multiples on a 2-vCPU machine); otherwise JMH's iteration scores.
     */
    public List<double[]> iterations(SampleStatistic sample) {
        return hasHistogram() ? sample.ofHistogram(histogram) : rawData;
    }
}
