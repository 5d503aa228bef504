package dev.sharebench.reports.gate;

import dev.sharebench.reports.jmh.Units;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Measures the gate on recorded forks by resampling (record once, judge many times, seeded). Every
 * trial is a whole gate run over every benchmark of the recording, judged exactly as
 * {@code reports gate} judges (so Benjamini-Hochberg counts all of them, as in CI):
 * <ul>
 * <li>false alarms (A/A): each benchmark's forks of ONE build are split at random into two
 *     disjoint halves of n, gated against each other; every FAIL is a false alarm.</li>
 * <li>power by a shift model: the same A/A splits, with ONE benchmark's candidate half made slower
 *     by a factor (every iteration value multiplied by it for time per operation, divided for
 *     throughput, so every fork summary moves by exactly that factor); every FAIL of that
 *     benchmark is a catch. A lone regression, the hardest case for the multiple-testing step.</li>
 * <li>power on a recording with a real injected slowdown: n forks drawn without replacement from
 *     each side of it.</li>
 * <li>the minimum detectable effect: the smallest shift factor caught in 80% of the trials,
 *     found by bisection. The trials reuse the same splits at every factor (common random numbers),
 *     and for one split a larger shift can only raise the CI's lower bound and lower the rank
 *     test's p, so the catch rate rises with the factor and bisection is exact for this recording.</li>
 * </ul>
 * NOTE: the trials reuse the same recorded forks, so they are not independent runs; the rates say
 * how the gate judges subsets of this recording, and the Wilson interval is a lower bound on the
 * real uncertainty. Each benchmark is split independently of the others.
 */
public final class GateCalibration {

    /** The key under which {@link #aa} counts whole runs: FAIL when any benchmark of the run FAILed. */
    public static final String ANY = "(any benchmark of the run)";

    /** Largest shift factor the MDE search tries: beyond it the MDE is reported as "more than". */
    public static final double MAX_FACTOR = 4.0;

    /** Verdict counts over {@code trials} resampled gate runs, for one benchmark. */
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

    /** The trials' splits, drawn once per call so that every factor sees the same ones. */
    private record Split(Map<String, BenchmarkSeries> baseline, Map<String, BenchmarkSeries> candidate) {
    }

    private final GateSettings settings;
    private final int forks;
    private final int trials;
    private final long seed;

    public GateCalibration(GateSettings settings, int forks, int trials, long seed) {
        if (forks < 2 || trials < 1) {
            throw new IllegalArgumentException("need forks >= 2 and trials >= 1, got " + forks + ", " + trials);
        }
        this.settings = settings;
        this.forks = forks;
        this.trials = trials;
        this.seed = seed;
    }

    /**
     * A/A: false alarms per benchmark, all benchmarks of {@code pool} judged together in every trial;
     * with more than one benchmark, also the whole runs under {@link #ANY}.
     */
    public Map<String, Rates> aa(Map<String, BenchmarkSeries> pool) throws GateInputException {
        return count(splits(pool), null, 1);
    }

    /** Lone regressions by the shift model: per benchmark, its verdicts when only it is slower by {@code factor}. */
    public Map<String, Rates> shifted(Map<String, BenchmarkSeries> pool, double factor) throws GateInputException {
        List<Split> splits = splits(pool);
        Map<String, Rates> out = new LinkedHashMap<>();
        for (String key : pool.keySet()) {
            out.put(key, count(splits, key, factor).get(key));
        }
        return out;
    }

    /** Power on a recording with a real slowdown: n forks drawn from each side, all benchmarks judged together. */
    public Map<String, Rates> power(Map<String, BenchmarkSeries> baseline, Map<String, BenchmarkSeries> candidate)
            throws GateInputException {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Split> splits = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            Map<String, BenchmarkSeries> b = new LinkedHashMap<>();
            Map<String, BenchmarkSeries> c = new LinkedHashMap<>();
            for (var e : baseline.entrySet()) {
                BenchmarkSeries other = candidate.get(e.getKey());
                if (other != null) {
                    b.put(e.getKey(), e.getValue().withForks(draw(e.getValue(), rng, forks)));
                    c.put(e.getKey(), other.withForks(draw(other, rng, forks)));
                }
            }
            splits.add(new Split(b, c));
        }
        if (splits.getFirst().baseline().isEmpty()) {
            throw new GateInputException("no benchmark is present in both recordings");
        }
        return count(splits, null, 1);
    }

    /**
     * The smallest slowdown (a fraction: 0.093 = 9.3%) of one benchmark alone that FAILs in at
     * least {@code power} of the trials; +infinity when even {@link #MAX_FACTOR} is not enough.
     */
    public Map<String, Double> mde(Map<String, BenchmarkSeries> pool, double power) throws GateInputException {
        List<Split> splits = splits(pool);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : pool.keySet()) {
            if (count(splits, key, MAX_FACTOR).get(key).rate(Verdict.FAIL) < power) {
                out.put(key, Double.POSITIVE_INFINITY);
                continue;
            }
            double lo = 1;
            double hi = MAX_FACTOR;
            while (hi - lo > 5e-4) {
                double mid = (lo + hi) / 2;
                if (count(splits, key, mid).get(key).rate(Verdict.FAIL) >= power) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            out.put(key, hi - 1);
        }
        return out;
    }

    private List<Split> splits(Map<String, BenchmarkSeries> pool) {
        for (BenchmarkSeries s : pool.values()) {
            if (2 * forks > s.forkCount()) {
                throw new IllegalArgumentException(s.key() + ": A/A with " + forks + " forks a side needs " + 2 * forks
                        + " recorded forks, have " + s.forkCount());
            }
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Split> splits = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            Map<String, BenchmarkSeries> b = new LinkedHashMap<>();
            Map<String, BenchmarkSeries> c = new LinkedHashMap<>();
            for (var e : pool.entrySet()) {
                List<double[]> shuffled = shuffle(e.getValue().forks(), rng);
                b.put(e.getKey(), e.getValue().withForks(shuffled.subList(0, forks)));
                c.put(e.getKey(), e.getValue().withForks(shuffled.subList(forks, 2 * forks)));
            }
            splits.add(new Split(b, c));
        }
        return splits;
    }

    /** Judges every split as one gate run, {@code slower}'s candidate made slower by {@code factor} (none when null). */
    private Map<String, Rates> count(List<Split> splits, String slower, double factor) throws GateInputException {
        Map<String, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
        for (Split s : splits) {
            Map<String, BenchmarkSeries> candidate = s.candidate();
            if (slower != null) {
                candidate = new LinkedHashMap<>(candidate);
                BenchmarkSeries c = candidate.get(slower);
                candidate.put(slower, c.scaled(Units.isThroughput(c.unit()) ? 1 / factor : factor));
            }
            List<BenchmarkJudgement> run = GateAnalysis.analyze(s.baseline(), candidate, settings).judgements();
            for (BenchmarkJudgement j : run) {
                counts.computeIfAbsent(j.key(), k -> new EnumMap<>(Verdict.class)).merge(j.verdict(), 1, Integer::sum);
            }
            if (slower == null && run.size() > 1) {
                Verdict worst = run.stream().map(BenchmarkJudgement::verdict).min(Enum::compareTo).orElseThrow();
                counts.computeIfAbsent(ANY, k -> new EnumMap<>(Verdict.class)).merge(worst, 1, Integer::sum);
            }
        }
        Map<String, Rates> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, new Rates(k, forks, splits.size(), v)));
        return out;
    }

    private static List<double[]> draw(BenchmarkSeries s, UniformRandomProvider rng, int n) {
        if (n > s.forkCount()) {
            throw new IllegalArgumentException(s.key() + ": " + n + " forks a side requested, recorded " + s.forkCount());
        }
        return shuffle(s.forks(), rng).subList(0, n);
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
