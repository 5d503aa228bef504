package dev.sharebench.reports.stats;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;

/**
 * The one percentile rule of reports, used for SampleTime percentiles, the median of a SampleTime
 * iteration, the percentiles {@code merge} writes and the ends of bootstrap intervals.
 *
 * <p><b>Rule:</b> Hyndman and Fan's type 6, the one JMH 1.37 uses. For {@code n} observations sorted
 * ascending, {@code x(1) <= ... <= x(n)}, and a rank {@code p} in percent (0 to 100):
 * <pre>
 *   pos = p * (n + 1) / 100,   k = floor(pos)
 *   P   = x(k) + (pos - k) * (x(k+1) - x(k)),   with x(0) = x(1) and x(n+1) = x(n)
 * </pre>
 * So P(0) is the minimum, P(100) the maximum and P(50) the usual median (the mean of the two middle
 * values when {@code n} is even). Below rank {@code 100/(n+1)} the result is the minimum, above
 * {@code 100n/(n+1)} (and at it) the maximum: the rule never extrapolates past the data.
 *
 * <p><b>Weighted data</b> (a histogram such as JMH's {@code rawDataHistogram}: value {@code v} seen
 * {@code c} times) is the same rule on the sample in which each value appears {@code c} times:
 * {@code n} is the total count and {@code x(j)} the smallest value whose cumulative count reaches
 * {@code j}. Values with count 0 are not observations.
 *
 * <p><b>Why this rule.</b> It is JMH's: {@code MultisetStatistics.getPercentile} (SampleTime, over the
 * histogram of all forks and iterations) computes exactly these expressions, and
 * {@code ListStatistics} (other modes) calls commons-math3's {@code Percentile}, whose default
 * estimation is the same definition. So a percentile recomputed here equals, to the last bit, the
 * {@code scorePercentiles} JMH writes for the same samples (a test checks this on a real 3-fork JMH
 * 1.37 file), and the report's fallback to JMH's own percentiles (files without histograms) uses the
 * same definition. The bootstrap's median (commons-statistics {@code Median}) is this rule at 50, and
 * for a bootstrap interval over {@code R} replicates the rule takes the {@code (R+1)alpha}-th ordered
 * replicate, whose expected share of the replicates' distribution below it is exactly alpha (the
 * convention of Davison and Hinkley's bootstrap textbook).
 */
public final class Percentile {

    private Percentile() {
    }

    /**
     * The {@code rank}-th percentile of {@code values} (ascending) seen {@code counts[i]} times each.
     * NaN when the counts add up to 0.
     */
    public static double of(double[] values, double[] counts, double rank) {
        if (!(rank >= 0 && rank <= 100)) {
            throw new IllegalArgumentException("rank must be within [0, 100] (a percent), got " + rank);
        }
        if (values.length != counts.length) {
            throw new IllegalArgumentException(values.length + " values but " + counts.length + " counts");
        }
        double n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!(counts[i] >= 0)) {
                throw new IllegalArgumentException("count " + counts[i] + " of value " + values[i] + " is negative");
            }
            if (i > 0 && values[i] < values[i - 1]) {
                throw new IllegalArgumentException("values must be sorted ascending (" + values[i - 1] + " before " + values[i] + ")");
            }
            n += counts[i];
        }
        if (n == 0) {
            return Double.NaN;
        }
        double pos = rank * (n + 1) / 100;
        double k = Math.floor(pos);
        double below = orderStatistic(values, counts, k);
        double above = orderStatistic(values, counts, k + 1);
        return below + (above - below) * (pos - k);
    }

    /** The {@code rank}-th percentile of {@code sorted} (ascending), each value seen once. */
    public static double of(double[] sorted, double rank) {
        double[] ones = new double[sorted.length];
        Arrays.fill(ones, 1);
        return of(sorted, ones, rank);
    }

    /** {@code x(j)}: the smallest value whose cumulative count reaches {@code j}; {@code j} outside [1, n] gives x(1) or x(n). */
    private static double orderStatistic(double[] values, double[] counts, double j) {
        double cumulative = 0;
        double last = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            cumulative += counts[i];
            last = values[i];
            if (cumulative >= j) {
                return values[i];
            }
        }
        return last;
    }

    /**
     * (value, count) pairs in any order, such as one iteration of JMH's {@code rawDataHistogram} or
     * several pooled, sorted once so that several percentiles can be read from them.
     */
    public record Histogram(double[] values, double[] counts) {

        public static Histogram of(Collection<double[]> bins) {
            double[][] sorted = bins.toArray(double[][]::new);
            Arrays.sort(sorted, Comparator.comparingDouble(b -> b[0]));
            return new Histogram(Arrays.stream(sorted).mapToDouble(b -> b[0]).toArray(),
                    Arrays.stream(sorted).mapToDouble(b -> b[1]).toArray());
        }

        /** The {@code rank}-th percentile (0 to 100) by the rule above; NaN when empty. */
        public double percentile(double rank) {
            return Percentile.of(values, counts, rank);
        }

        public double total() {
            return Arrays.stream(counts).sum();
        }
    }
}
