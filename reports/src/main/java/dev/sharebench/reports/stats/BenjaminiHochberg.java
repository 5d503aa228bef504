package dev.sharebench.reports.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg adjusted p-values (q-values): controls the false discovery rate across the
 * benchmarks of one gate run. A suite of 40 benchmarks tested at 5% each would flag two by chance
 * on every run; rejecting where {@code q < alpha} instead bounds the expected share of false FAILs
 * among all FAILs by alpha.
 *
 * <p>Step-up: sort the m p-values ascending, {@code q_(i) = min over k >= i of (m / k) p_(k)},
 * capped at 1. NaN p-values (benchmarks without a test) are passed through as NaN and do not count
 * in m.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    public static double[] adjust(double[] p) {
        for (double v : p) {
            if (!Double.isNaN(v) && !(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("p-values must be in [0, 1] (or NaN for 'no test'), got " + v);
            }
        }
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        int m = order.length;
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
