package dev.sharebench.reports.gate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Measures the gate on recorded forks by resampling (record once, judge many times, seeded):
 * <ul>
 * <li>false alarms (A/A): forks of ONE build are split at random into two disjoint halves, which
 *     are gated against each other; every FAIL is a false alarm.</li>
 * <li>power: n forks drawn without replacement from a baseline recording and n from a candidate
 *     recording with a known injected slowdown; every FAIL is a catch.</li>
 * </ul>
 * NOTE: the trials reuse the same recorded forks, so they are not independent runs; the rates say
 * how the gate judges subsets of this recording, and the Wilson interval is a lower bound on the
 * real uncertainty. The recorded forks themselves were interleaved (A B / B A) on one machine.
 */
public final class GateCalibration {

    /** Verdict counts over {@code trials} resampled gate runs of one benchmark. */
    public record Rates(String key, int forks, int trials, Map<Verdict, Integer> counts) {

        public double rate(Verdict v) {
            return counts.getOrDefault(v, 0) / (double) trials;
        }

        /** Wilson score 95% interval of {@code rate(v)}: {lower, upper}. */
        public double[] wilson(Verdict v) {
            double n = trials;
            double p = rate(v);
            double z = 1.959963984540054;
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
        }
    }

    private GateCalibration() {
    }

    public static Rates aa(BenchmarkSeries pool, int forks, int trials, long seed, GateSettings settings) throws GateInputException {
        if (2 * forks > pool.forkCount()) {
            throw new IllegalArgumentException(pool.key() + ": A/A with " + forks + " forks a side needs " + 2 * forks
                    + " recorded forks, have " + pool.forkCount());
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int t = 0; t < trials; t++) {
            List<double[]> shuffled = shuffle(pool.forks(), rng);
            count(counts, judge(pool, shuffled.subList(0, forks), shuffled.subList(forks, 2 * forks), settings));
        }
        return new Rates(pool.key(), forks, trials, counts);
    }

    public static Rates power(BenchmarkSeries baseline, BenchmarkSeries candidate, int forks, int trials, long seed,
                              GateSettings settings) throws GateInputException {
        if (forks > baseline.forkCount() || forks > candidate.forkCount()) {
            throw new IllegalArgumentException(baseline.key() + ": " + forks + " forks a side requested, recorded "
                    + baseline.forkCount() + " baseline / " + candidate.forkCount() + " candidate");
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int t = 0; t < trials; t++) {
            List<double[]> b = shuffle(baseline.forks(), rng).subList(0, forks);
            List<double[]> c = shuffle(candidate.forks(), rng).subList(0, forks);
            count(counts, judge(baseline, b, c, settings));
        }
        return new Rates(baseline.key(), forks, trials, counts);
    }

    private static Verdict judge(BenchmarkSeries template, List<double[]> b, List<double[]> c, GateSettings s) throws GateInputException {
        BenchmarkSeries bs = new BenchmarkSeries(template.key(), template.unit(), b, template.sources());
        BenchmarkSeries cs = new BenchmarkSeries(template.key(), template.unit(), c, template.sources());
        return GateAnalysis.analyze(Map.of(bs.key(), bs), Map.of(cs.key(), cs), s).judgements().getFirst().verdict();
    }

    private static void count(Map<Verdict, Integer> counts, Verdict v) {
        counts.merge(v, 1, Integer::sum);
    }

    /** Fisher-Yates on a copy. */
    private static List<double[]> shuffle(List<double[]> in, UniformRandomProvider rng) {
        List<double[]> out = new ArrayList<>(in);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double[] tmp = out.get(i);
            out.set(i, out.get(j));
            out.set(j, tmp);
        }
        return out;
    }
}
