package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.stats.CoverageSimulation.Coverage;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/* The simulation itself: on lognormal forks, where the t interval on the logs is exact, it must
 * measure close to the nominal 95%; on a two-state population (the host's placements) it must show
 * the shortfall. */
class CoverageSimulationTest {

    private final CoverageSimulation sim = new CoverageSimulation(IntervalRule.defaults());

    @Test
    void lognormalForksAreCoveredAtTheNominalRateAtEveryProfileForkCount() {
        double[] population = lognormal(20_000, 0.15, 7);
        for (int forks : new int[] {3, 5, 10}) {
            Coverage c = sim.measure(population, forks, 4000, 11);
            assertTrue(c.value() >= 0.93 && c.value() <= 0.97, forks + " forks: value " + c.value());
            assertTrue(c.ratio() >= 0.93 && c.ratio() <= 0.97, forks + " forks: ratio " + c.ratio());
        }
    }

    @Test
    void aTwoStatePopulationShowsTheShortfallOfTheValueInterval() {
        double[] population = new double[40];
        for (int i = 0; i < population.length; i++) {
            population[i] = i < 34 ? 80 + i % 3 : 440;   // a host that is "far" for 6 forks in 40
        }
        Coverage c = sim.measure(population, 3, 4000, 3);
        assertTrue(c.value() < 0.90, "value coverage " + c.value());
    }

    @Test
    void seededAndDeterministic() {
        double[] population = lognormal(100, 0.2, 5);
        assertEquals(sim.measure(population, 5, 500, 9), sim.measure(population, 5, 500, 9));
    }

    private static double[] lognormal(int n, double sigma, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u1 = 1 - rng.nextDouble();
            double u2 = rng.nextDouble();
            v[i] = 100 * Math.exp(sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
        }
        return v;
    }
}
