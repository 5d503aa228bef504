package dev.sharebench.reports.changepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/*
 * E-divisive against values worked out by hand from Matteson & James's definitions, the sanity
 * case of MongoDB's signal-processing tests ([0]*n + [1]*n has its change at n), several changes,
 * and no change in pure noise.
 */
class EDivisiveTest {

    private static final EDivisive DEFAULT = new EDivisive(EDivisive.Settings.defaults());

    private static List<double[]> singles(double... v) {
        List<double[]> out = new ArrayList<>();
        for (double x : v) {
            out.add(new double[] {x});
        }
        return out;
    }

    @Test
    void qHatMatchesTheDefinitionWorkedByHand() {
        // X = {0, 0}, Y = {1, 1}: E = 2*4/(2*2) - 0 - 0 = 2; Q = 2*2/4 * 2 = 2.
        assertEquals(2.0, DEFAULT.qHat(singles(0, 0, 1, 1), 2), 1e-12);
        // X = {0}, Y = {1, 1, 3}: cross 5 -> 2*5/3; within Y (0 + 2 + 2)/C(3,2) = 4/3; E = 2; Q = 3/4 * 2 = 1.5.
        assertEquals(1.5, DEFAULT.qHat(singles(0, 1, 1, 3), 1), 1e-12);
        // The same values in blocks of other sizes give the same Q: blocks only restrict where a split may fall.
        assertEquals(1.5, DEFAULT.qHat(List.of(new double[] {0}, new double[] {1, 1, 3}), 1), 1e-12);
        // Identical sides: E = 0 - 0 - 0.
        assertEquals(0.0, DEFAULT.qHat(singles(1, 1, 1, 1), 2), 1e-12);
    }

    @Test
    void aStepOfZerosThenOnesChangesWhereTheOnesStart() {
        // NOTE: MongoDB's test starts at n = 4; with whole-series permutations the exact p-value there
        // is 2/C(8,4) = 0.029, which 199 shuffles estimate above 0.05 now and then. From n = 5 it is
        // 2/C(10,5) = 0.008: always significant.
        EDivisive d = new EDivisive(new EDivisive.Settings(1.0, 1, 199, 0.05, 7));
        for (int n = 5; n <= 30; n++) {
            double[] v = new double[2 * n];
            for (int i = n; i < 2 * n; i++) {
                v[i] = 1;
            }
            List<EDivisive.ChangePoint> cps = d.detect(singles(v));
            assertEquals(List.of(n), cps.stream().map(EDivisive.ChangePoint::index).toList(), "n = " + n);
        }
    }

    @Test
    void findsTwoShiftsInBlocksOfNoisyForks() {
        SplittableRandom rng = new SplittableRandom(3);
        List<double[]> blocks = new ArrayList<>();
        for (int r = 0; r < 36; r++) {
            double level = r < 12 ? 0 : r < 24 ? 0.05 : -0.03;   // log scale: +5%, then -8% from there
            double runNoise = 0.005 * (rng.nextDouble() - 0.5);
            double[] forks = new double[5];
            for (int f = 0; f < forks.length; f++) {
                forks[f] = level + runNoise + 0.01 * (rng.nextDouble() - 0.5);
            }
            blocks.add(forks);
        }
        List<Integer> at = DEFAULT.detect(blocks).stream().map(EDivisive.ChangePoint::index).toList();
        assertEquals(List.of(12, 24), at);
    }

    @Test
    void pureNoiseHasNoChangePointAndTheSameSeedGivesTheSameAnswer() {
        SplittableRandom rng = new SplittableRandom(11);
        List<double[]> blocks = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            double runNoise = 0.01 * (rng.nextDouble() - 0.5);
            blocks.add(new double[] {runNoise + 0.01 * rng.nextDouble(), runNoise + 0.01 * rng.nextDouble(), runNoise + 0.01 * rng.nextDouble()});
        }
        assertTrue(DEFAULT.detect(blocks).isEmpty());
        List<double[]> shifted = new ArrayList<>(blocks.subList(0, 20));
        blocks.subList(20, 40).forEach(b -> shifted.add(new double[] {b[0] + 0.05, b[1] + 0.05, b[2] + 0.05}));
        assertEquals(DEFAULT.detect(shifted), DEFAULT.detect(shifted));
        assertEquals(20, DEFAULT.detect(shifted).getFirst().index());
    }
}
