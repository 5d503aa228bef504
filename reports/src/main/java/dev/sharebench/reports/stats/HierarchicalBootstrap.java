package dev.sharebench.reports.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Median;

/**
 * Seeded, reproducible two-level bootstrap for JMH results. The fork (one JVM) is the unit of
 * replication: JIT decisions, heap layout and thread placement are fixed per fork, so iterations
 * within a fork are not independent. Each replicate therefore resamples forks with replacement,
 * then iterations within each chosen fork, and takes the median of the pooled values.
 *
 * <p>Input: per fork, the measurement-iteration scores ({@code Metric.rawData}). The CI is the
 * percentile interval of the replicates, its ends read with {@link Percentile}'s rule; the median
 * (commons-statistics {@code Median}) is that rule's 50th percentile. With one fork there is
 * nothing to resample at the top level, so no interval is given ("no CI: one fork") rather than a
 * falsely narrow one.
 */
public final class HierarchicalBootstrap {

    public static final long DEFAULT_SEED = 20261122L;
    public static final int DEFAULT_REPLICATES = 2000;

    private final long seed;
    private final int replicates;
    private final double confidence;

    public HierarchicalBootstrap(long seed, int replicates, double confidence) {
        if (replicates < 100) {
            throw new IllegalArgumentException("replicates must be >= 100, got " + replicates);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        this.seed = seed;
        this.replicates = replicates;
        this.confidence = confidence;
    }

    public static HierarchicalBootstrap defaults() {
        return new HierarchicalBootstrap(DEFAULT_SEED, DEFAULT_REPLICATES, 0.95);
    }

    /** Median of the pooled iterations with a bootstrap CI over forks, then iterations. */
    public Estimate median(List<double[]> forks) {
        List<double[]> clean = finiteForks(forks);
        double point = median(pool(clean));
        if (clean.size() < 2) {
            return Estimate.withoutInterval(point, clean.size(), clean.isEmpty() ? "no data" : "no CI: one fork");
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] reps = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            reps[r] = median(resample(clean, rng));
        }
        return interval(point, reps, clean.size(), "");
    }

    /**
     * Ratio {@code median(a) / median(b)} with a CI: each replicate resamples both sides
     * independently. Orientation is the caller's (e.g. time per op: candidate / baseline).
     */
    public Estimate ratio(List<double[]> a, List<double[]> b) {
        List<double[]> ca = finiteForks(a);
        List<double[]> cb = finiteForks(b);
        double point = median(pool(ca)) / median(pool(cb));
        int forks = Math.min(ca.size(), cb.size());
        if (forks < 2) {
            return Estimate.withoutInterval(point, forks, forks == 0 ? "no data" : "no CI: one fork");
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] reps = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            reps[r] = median(resample(ca, rng)) / median(resample(cb, rng));
        }
        return interval(point, reps, forks, "");
    }

    Estimate interval(double point, double[] reps, int forks, String note) {
        Arrays.sort(reps);
        double alpha = (1 - confidence) / 2;
        return new Estimate(point, Percentile.of(reps, 100 * alpha), Percentile.of(reps, 100 * (1 - alpha)), forks, note);
    }

    private static double[] resample(List<double[]> forks, UniformRandomProvider rng) {
        int total = 0;
        double[][] chosen = new double[forks.size()][];
        for (int f = 0; f < chosen.length; f++) {
            chosen[f] = forks.get(rng.nextInt(forks.size()));
            total += chosen[f].length;
        }
        double[] out = new double[total];
        int k = 0;
        for (double[] fork : chosen) {
            for (int i = 0; i < fork.length; i++) {
                out[k++] = fork[rng.nextInt(fork.length)];
            }
        }
        return out;
    }

    static List<double[]> finiteForks(List<double[]> forks) {
        return forks.stream()
                .map(f -> Arrays.stream(f).filter(Double::isFinite).toArray())
                .filter(f -> f.length > 0)
                .toList();
    }

    static double[] pool(List<double[]> forks) {
        return forks.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    /** The median of {@code values} (reordered in place): {@link Percentile}'s 50th percentile, without a sort. */
    static double median(double[] values) {
        return values.length == 0 ? Double.NaN : Median.withDefaults().withCopy(false).evaluate(values);
    }
}
