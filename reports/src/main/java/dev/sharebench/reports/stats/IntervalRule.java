package dev.sharebench.reports.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The one interval rule of sharebench, used by the report and the gate alike.
 *
 * <ol>
 *   <li><b>The fork is the unit of replication.</b> Iterations within one JVM share its JIT
 *       decisions, heap layout and thread placement, so they are not independent; each fork is
 *       summarised by the median of its measurement iterations (for SampleTime: of its iteration
 *       medians), which a rare multi-millisecond preemption cannot move.</li>
 *   <li><b>A mechanism's value</b> is the geometric mean of its fork summaries (the mean on the log
 *       scale, where a ratio is symmetric and fork-to-fork scatter is closer to normal), with a
 *       Student t interval on the logs ({@code n - 1} degrees of freedom).</li>
 *   <li><b>A ratio of two</b> (one mechanism against another, a candidate against a baseline) is the
 *       ratio of their geometric means, with a Welch t interval on the logs (Welch-Satterthwaite
 *       degrees of freedom: the two sides need not scatter alike).</li>
 *   <li><b>No interval below {@value #MIN_FORKS} forks</b> a side: with one or two forks there is
 *       no honest estimate of the fork-to-fork scatter, so the value stands alone and says so.</li>
 * </ol>
 * The same method at every fork count; its measured coverage at the fork counts the profiles use
 * is in docs/statistics.md.
 */
public final class IntervalRule {

    /** Forks a side below which no interval is given. */
    public static final int MIN_FORKS = 3;

    private final double confidence;

    public IntervalRule(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        this.confidence = confidence;
    }

    public static IntervalRule defaults() {
        return new IntervalRule(0.95);
    }

    public double confidence() {
        return confidence;
    }

    /** The summary of one fork: the median of its (finite) iteration values; NaN when it has none. */
    public static double forkSummary(double[] iterations) {
        double[] v = Arrays.stream(iterations).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Fork summaries of per-fork iteration arrays, forks without a finite value left out. */
    public static double[] forkSummaries(List<double[]> forks) {
        return forks.stream().mapToDouble(IntervalRule::forkSummary).filter(Double::isFinite).toArray();
    }

    /** A mechanism's value and interval from its forks' iterations. */
    public Estimate center(List<double[]> forks) {
        return centerOfSummaries(forkSummaries(forks));
    }

    /** A mechanism's value and interval from its fork summaries. */
    public Estimate centerOfSummaries(double[] summaries) {
        int n = summaries.length;
        if (n == 0) {
            return Estimate.withoutInterval(Double.NaN, 0, "no data");
        }
        if (Arrays.stream(summaries).anyMatch(v -> !(v > 0))) {
            return Estimate.withoutInterval(median(summaries), n, "no CI: zero or negative values");
        }
        double[] logs = Arrays.stream(summaries).map(Math::log).toArray();
        double m = mean(logs);
        if (n < MIN_FORKS) {
            return Estimate.withoutInterval(Math.exp(m), n, tooFew(n));
        }
        double se = Math.sqrt(variance(logs) / n);
        double t = TDistribution.of(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new Estimate(Math.exp(m), Math.exp(m - t * se), Math.exp(m + t * se), n, "");
    }

    /** {@code x / y} from both sides' forks' iterations. */
    public Estimate ratio(List<double[]> x, List<double[]> y) {
        return ratioOfSummaries(forkSummaries(x), forkSummaries(y));
    }

    /** {@code x / y}, the ratio of geometric means, with a Welch t interval on the logs. */
    public Estimate ratioOfSummaries(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        if (n == 0) {
            return Estimate.withoutInterval(Double.NaN, 0, "no data");
        }
        if (Arrays.stream(x).anyMatch(v -> !(v > 0)) || Arrays.stream(y).anyMatch(v -> !(v > 0))) {
            return Estimate.withoutInterval(median(x) / median(y), n, "no CI: zero or negative values");
        }
        double[] lx = Arrays.stream(x).map(Math::log).toArray();
        double[] ly = Arrays.stream(y).map(Math::log).toArray();
        double d = mean(lx) - mean(ly);
        if (n < MIN_FORKS) {
            return Estimate.withoutInterval(Math.exp(d), n, tooFew(n));
        }
        double vx = variance(lx) / lx.length;
        double vy = variance(ly) / ly.length;
        double se = Math.sqrt(vx + vy);
        if (se == 0) {
            return new Estimate(Math.exp(d), Math.exp(d), Math.exp(d), n, "zero variance");
        }
        double df = (vx + vy) * (vx + vy) / (vx * vx / (lx.length - 1) + vy * vy / (ly.length - 1));
        double t = TDistribution.of(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new Estimate(Math.exp(d), Math.exp(d - t * se), Math.exp(d + t * se), n, "");
    }

    /** The note for a value given without an interval because of too few forks. */
    public static String tooFew(int forks) {
        return forks == 1 ? "no CI: one fork" : "no CI: " + forks + " forks, an interval needs " + MIN_FORKS;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a;
        }
        return s / v.length;
    }

    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double a : v) {
            s += (a - m) * (a - m);
        }
        return s / (v.length - 1);
    }

    private static double median(double[] v) {
        return forkSummary(v);
    }
}
