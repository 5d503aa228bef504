package dev.sharebench.reports.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The smallest slowdown a comparison detects with a given power (the minimum detectable effect,
 * MDE), from the fork-to-fork scatter of the run itself: "this benchmark cannot see less than X%
 * here".
 *
 * <p><b>Derivation.</b> On the log scale let {@code theta} be the log of the true ratio, {@code d}
 * the observed difference of the two sides' mean log fork summaries and
 * {@code sd = s * sqrt(1/nx + 1/ny)} its standard error, where {@code s} is the pooled standard
 * deviation of the log fork summaries of both sides ({@code nx + ny - 2} degrees of freedom,
 * {@code df}). A regression FAILs when the interval's lower bound is above {@code 1 + delta}:
 * {@code d - c * sd > ln(1 + delta)} with {@code c = t(1 - alpha/2, df)}, i.e. when
 * {@code T = (d - ln(1 + delta)) / sd > c}. Under {@code theta}, {@code T} is a noncentral t with
 * {@code df} degrees of freedom and noncentrality {@code lambda = (theta - ln(1 + delta)) / sd}; to
 * first order {@code T ~ lambda + T_df}, so
 * <pre>
 *   power(theta) ~ P(T_df > c - lambda).
 * </pre>
 * Asking for power {@code beta} (0.80) gives {@code c - lambda = -t(beta, df)}, so
 * {@code lambda = t(1 - alpha/2, df) + t(beta, df)} and
 * <pre>
 *   theta_MDE = ln(1 + delta) + (t(1 - alpha/2, df) + t(beta, df)) * s * sqrt(1/nx + 1/ny)
 *   MDE       = (1 + delta) * exp((t(1 - alpha/2, df) + t(beta, df)) * s * sqrt(1/nx + 1/ny)) - 1
 * </pre>
 * ({@code sqrt(2/n)} with {@code n} forks a side). At 10 forks a side and 95% intervals the factor
 * is {@code (2.101 + 0.862) * 0.447 = 1.33}: a benchmark whose forks scatter by 3% (s = 0.03) cannot
 * see less than {@code 1.05 * exp(0.040) - 1 = 9.3%} against a 5% threshold.
 *
 * <p>NOTE: this is the power of the interval rule alone. A gate that also asks a rank test to agree
 * (after a multiple-testing correction) detects a little less with few forks; the gate's recorded
 * calibration measures both (docs/gate-calibration.md).
 */
public final class MinimumDetectableEffect {

    /** The power the gate quotes its MDE at. */
    public static final double POWER = 0.80;

    private MinimumDetectableEffect() {
    }

    /**
     * The MDE as a fraction (0.093 = 9.3%) for two sides' fork summaries (finite and > 0); NaN with
     * fewer than 2 forks a side or when {@code nx + ny < 3}.
     */
    public static double of(double[] x, double[] y, double delta, double confidence, double power) {
        if (x.length < 2 || y.length < 2) {
            return Double.NaN;
        }
        return fromLogSd(pooledLogSd(x, y), x.length, y.length, delta, confidence, power);
    }

    /** The MDE for a pooled standard deviation {@code s} of log fork summaries. */
    public static double fromLogSd(double s, int nx, int ny, double delta, double confidence, double power) {
        if (!(confidence > 0 && confidence < 1) || !(power > 0 && power < 1) || !(delta > -1)) {
            throw new IllegalArgumentException("need confidence and power in (0, 1) and delta > -1, got "
                    + confidence + ", " + power + ", " + delta);
        }
        int df = nx + ny - 2;
        if (nx < 2 || ny < 2 || !(s >= 0)) {
            return Double.NaN;
        }
        TDistribution t = TDistribution.of(df);
        double factor = t.inverseCumulativeProbability(1 - (1 - confidence) / 2) + t.inverseCumulativeProbability(power);
        return (1 + delta) * Math.exp(factor * s * Math.sqrt(1.0 / nx + 1.0 / ny)) - 1;
    }

    /** The pooled standard deviation of {@code ln x} and {@code ln y}: each side around its own mean. */
    public static double pooledLogSd(double[] x, double[] y) {
        double ss = sumOfSquares(logs(x)) + sumOfSquares(logs(y));
        return Math.sqrt(ss / (x.length + y.length - 2));
    }

    /** The standard deviation of {@code ln v} (one sample, {@code n - 1} degrees of freedom). */
    public static double logSd(double[] v) {
        return Math.sqrt(sumOfSquares(logs(v)) / (v.length - 1));
    }

    private static double[] logs(double[] v) {
        return Arrays.stream(v).map(Math::log).toArray();
    }

    private static double sumOfSquares(double[] v) {
        double m = IntervalRule.mean(v);
        double s = 0;
        for (double a : v) {
            s += (a - m) * (a - m);
        }
        return s;
    }
}
