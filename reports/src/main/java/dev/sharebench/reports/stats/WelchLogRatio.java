package dev.sharebench.reports.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Ratio of geometric means {@code x / y} of two sets of fork means, with a Welch t confidence
 * interval computed on the log scale and exponentiated back.
 *
 * <p>Why logs: a ratio is symmetric on the log scale (x1.1 and /1.1 are the same distance from 1),
 * and fork means of a time or a rate are right-skewed; their logs are closer to normal. Why Welch:
 * the two sides need not have the same fork-to-fork variance (a candidate can be noisier). This is
 * the gate's interval for 5-9 forks a side, where a bootstrap over so few forks is too narrow.
 *
 * <p>With {@code lx = ln x}, {@code ly = ln y}: {@code d = mean(lx) - mean(ly)},
 * {@code se = sqrt(var(lx)/nx + var(ly)/ny)} (sample variances), Welch-Satterthwaite
 * {@code df = se^4 / ((var(lx)/nx)^2/(nx-1) + (var(ly)/ny)^2/(ny-1))}, and the interval is
 * {@code exp(d -/+ t(1-alpha/2, df) * se)}.
 */
public final class WelchLogRatio {

    private WelchLogRatio() {
    }

    /** {@code x / y} (ratio of geometric means) with a two-sided CI at {@code confidence}. */
    public static Estimate ratio(double[] x, double[] y, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        double[] lx = logs("x", x);
        double[] ly = logs("y", y);
        int forks = Math.min(lx.length, ly.length);
        double d = mean(lx) - mean(ly);
        if (lx.length < 2 || ly.length < 2) {
            return Estimate.withoutInterval(Math.exp(d), forks, "no CI: fewer than 2 forks on a side");
        }
        double vx = variance(lx) / lx.length;
        double vy = variance(ly) / ly.length;
        double se = Math.sqrt(vx + vy);
        if (se == 0) {
            return new Estimate(Math.exp(d), Math.exp(d), Math.exp(d), forks, "zero variance");
        }
        double df = (vx + vy) * (vx + vy) / (vx * vx / (lx.length - 1) + vy * vy / (ly.length - 1));
        double t = TDistribution.of(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new Estimate(Math.exp(d), Math.exp(d - t * se), Math.exp(d + t * se), forks, "");
    }

    private static double[] logs(String name, double[] v) {
        if (Arrays.stream(v).anyMatch(a -> !(a > 0) || !Double.isFinite(a))) {
            throw new IllegalArgumentException(name + ": fork means must be finite and > 0 for a log ratio, got " + Arrays.toString(v));
        }
        return Arrays.stream(v).map(Math::log).toArray();
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
}
