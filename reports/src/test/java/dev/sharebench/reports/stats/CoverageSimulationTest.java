package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void identicalForksAreCoveredEveryTimeByTheirZeroWidthIntervals() {
        // No scatter: every interval is the point itself, and a point on the truth contains it.
        Coverage c = sim.measure(new double[] {1, 1}, 3, 50, 1);
        assertEquals(new Coverage(3, 50, 1.0, 1.0), c);
    }

    @Test
    void oneTrialCoversAllOrNothing() {
        double[] population = lognormal(100, 0.2, 5);
        for (long seed = 1; seed <= 20; seed++) {
            Coverage c = sim.measure(population, 3, 1, seed);
            assertTrue((c.value() == 0 || c.value() == 1) && (c.ratio() == 0 || c.ratio() == 1), "seed " + seed + ": " + c);
        }
    }

    @Test
    void populationsForkCountsAndTrialsOutsideTheirRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> sim.measure(new double[] {1}, 3, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.measure(new double[] {1, 0, 2}, 3, 10, 1), "a zero fork summary");
        assertThrows(IllegalArgumentException.class, () -> sim.measure(new double[] {1, -2}, 3, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.measure(new double[] {1, Double.NaN}, 3, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.measure(new double[] {1, 2}, IntervalRule.MIN_FORKS - 1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.measure(new double[] {1, 2}, 3, 0, 1));
        assertEquals(1, sim.measure(new double[] {1, 2}, IntervalRule.MIN_FORKS, 1, 1).trials(), "the smallest accepted values");
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
