package dev.sharebench.reports.jmh;

import dev.sharebench.reports.stats.Percentile;
import java.util.ArrayList;
import java.util.List;

/**
 * What one SampleTime iteration contributes to the statistics (the report's medians and the gate's
 * ratios): the median or the mean of its sampled operation times. Other modes always contribute
 * JMH's iteration score. JMH's own SampleTime score is the mean.
 *
 * <p>Median (the default) is robust to the scheduler: on a shared machine a preempted thread's
 * sampled operations form a long tail that moves the mean by multiples from one iteration to the
 * next, while the median moves by a few percent. The price: a regression that lives only in the
 * tail (GC pauses, a lock convoy) is invisible to it; gate such benchmarks with {@code mean}, or in
 * AverageTime/Throughput mode, on a quiet machine.
 */
public enum SampleStatistic {
    MEDIAN, MEAN;

    /** Per fork, per iteration: this statistic of the iteration's (value, count) histogram. */
    public List<double[]> ofHistogram(List<List<List<double[]>>> histogram) {
        List<double[]> forks = new ArrayList<>();
        for (List<List<double[]>> fork : histogram) {
            forks.add(fork.stream().mapToDouble(this::of).toArray());
        }
        return forks;
    }

    /** This statistic of one iteration's (value, count) bins, in any order; NaN when empty. The median is {@link Percentile}'s. */
    public double of(List<double[]> bins) {
        if (this == MEDIAN) {
            return Percentile.Histogram.of(bins).percentile(50);
        }
        double n = 0;
        double sum = 0;
        for (double[] b : bins) {
            n += b[1];
            sum += b[0] * b[1];
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
