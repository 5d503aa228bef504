package dev.sharebench.reports.stats;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * How often the {@link IntervalRule}'s 95% intervals contain the truth, measured by simulation on
 * a population of real fork summaries.
 *
 * <p>The population (e.g. the 40 forks of one benchmark recorded in an A/A gate run) stands in for
 * "the machine": a simulated run draws {@code n} forks from it with replacement, as a real run
 * draws {@code n} JVMs from whatever states the host happens to be in. Two questions per draw:
 * <ul>
 *   <li><b>value</b>: does the interval of the mechanism's value contain the population's geometric
 *       mean (the value an infinite number of forks would give)?</li>
 *   <li><b>ratio</b>: for two independent draws of {@code n} (an A/A comparison, the true ratio is
 *       1), does the Welch interval of their ratio contain 1?</li>
 * </ul>
 * Real forks are not lognormal (the host's placements make them bimodal), so this can fall short of
 * the nominal 95% where a textbook simulation would not: that shortfall is what it is here to show.
 */
public final class CoverageSimulation {

    /** One fork count's measured coverage. */
    public record Coverage(int forks, int trials, double value, double ratio) {
    }

    private final IntervalRule rule;

    public CoverageSimulation(IntervalRule rule) {
        this.rule = rule;
    }

    /** Coverage at {@code forks} forks a side over {@code trials} seeded draws from {@code population}. */
    public Coverage measure(double[] population, int forks, int trials, long seed) {
        if (population.length < 2 || Arrays.stream(population).anyMatch(v -> !(v > 0))) {
            throw new IllegalArgumentException("a population needs at least 2 positive fork summaries");
        }
        if (forks < IntervalRule.MIN_FORKS || trials < 1) {
            throw new IllegalArgumentException("forks must be >= " + IntervalRule.MIN_FORKS + " and trials >= 1");
        }
        double truth = Math.exp(Arrays.stream(population).map(Math::log).average().orElseThrow());
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int valueHits = 0;
        int ratioHits = 0;
        for (int t = 0; t < trials; t++) {
            double[] a = draw(population, forks, rng);
            double[] b = draw(population, forks, rng);
            Estimate center = rule.centerOfSummaries(a);
            if (center.lower() <= truth && truth <= center.upper()) {
                valueHits++;
            }
            Estimate ratio = rule.ratioOfSummaries(a, b);
            if (ratio.lower() <= 1 && 1 <= ratio.upper()) {
                ratioHits++;
            }
        }
        return new Coverage(forks, trials, valueHits / (double) trials, ratioHits / (double) trials);
    }

    private static double[] draw(double[] population, int n, UniformRandomProvider rng) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = population[rng.nextInt(population.length)];
        }
        return out;
    }
}
