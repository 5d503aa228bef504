package dev.sharebench.reports.stats;

import java.util.Arrays;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The gate's distribution-free cross-check on fork means: an exact one-sided Mann-Whitney U test
 * and the Hodges-Lehmann shift, both on the log scale so that a shift is a ratio.
 *
 * <p>Hodges-Lehmann: the median of all {@code nx * ny} pairwise differences {@code ln x_i - ln y_j},
 * exponentiated: a robust ratio estimate that one outlier fork cannot move much.
 *
 * <p>Test: H0 "{@code x / y <= margin}" against H1 "{@code x / y > margin}", i.e. Mann-Whitney U on
 * {@code ln x} and {@code ln y} with location shift {@code mu = ln(margin)}, exact p-value
 * (commons-statistics-inference {@link MannWhitneyUTest}, {@link PValueMethod#EXACT}). With
 * {@code margin = 1 + delta}, a small p says "the regression is larger than the threshold".
 */
public final class RankShift {

    /**
     * @param hodgesLehmannRatio exp(median of pairwise log differences)
     * @param pValue             exact one-sided p-value of H0 {@code x/y <= margin}
     * @param ties               true when the shifted samples had ties (the exact p is then approximate)
     */
    public record Result(double hodgesLehmannRatio, double pValue, boolean ties) {
    }

    private RankShift() {
    }

    public static Result test(double[] x, double[] y, double margin) {
        if (!(margin > 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be finite and > 0, got " + margin);
        }
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("both samples need at least one fork mean (x: " + x.length + ", y: " + y.length + ")");
        }
        double[] lx = Arrays.stream(x).map(Math::log).toArray();
        double[] ly = Arrays.stream(y).map(Math::log).toArray();
        MannWhitneyUTest.Result r = MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.GREATER_THAN)
                .with(PValueMethod.EXACT)
                .withMu(Math.log(margin))
                .test(lx, ly);
        return new Result(hodgesLehmannRatio(lx, ly), r.getPValue(), r.hasTiedValues());
    }

    /** exp(median over i, j of (lx_i - ly_j)) for log-scale samples. */
    static double hodgesLehmannRatio(double[] lx, double[] ly) {
        double[] diffs = new double[lx.length * ly.length];
        int k = 0;
        for (double a : lx) {
            for (double b : ly) {
                diffs[k++] = a - b;
            }
        }
        return Math.exp(HierarchicalBootstrap.median(diffs));
    }
}
