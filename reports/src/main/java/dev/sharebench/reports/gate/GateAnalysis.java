package dev.sharebench.reports.gate;

import dev.sharebench.reports.jmh.Units;
import dev.sharebench.reports.stats.BenjaminiHochberg;
import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.stats.HierarchicalBootstrap;
import dev.sharebench.reports.stats.RankShift;
import dev.sharebench.reports.stats.WelchLogRatio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gate's decision procedure, for every benchmark present on both sides:
 * <ol>
 * <li>Orient: ratio > 1 is worse (time per op: candidate/baseline; throughput: baseline/candidate).</li>
 * <li>Fewer than {@code minForks} forks on a side: INSUFFICIENT_DATA, no number is offered.</li>
 * <li>CI of the ratio: hierarchical bootstrap over forks then iterations (>= {@code bootstrapForks}
 *     a side), else Welch t on log fork means.</li>
 * <li>Cross-check: exact one-sided Mann-Whitney U of H0 {@code ratio <= 1 + delta} on fork means, with the
 *     Hodges-Lehmann ratio; p-values adjusted by Benjamini-Hochberg across all tested benchmarks.</li>
 * <li>FAIL when the CI's lower bound is above 1 + delta AND {@code q < alpha}; PASS when the upper bound is
 *     below 1 + delta; otherwise INCONCLUSIVE (the reason says which).</li>
 * </ol>
 * NOTE: requiring the rank test to agree is stricter than the CI rule alone. It costs power only
 * with few forks (5 forks a side cannot reach {@code p < 0.004}), and it keeps one odd fork, which can pull
 * a bootstrap median CI, from failing a build on its own.
 */
public final class GateAnalysis {

    private GateAnalysis() {
    }

    public static GateResult analyze(Map<String, BenchmarkSeries> baseline, Map<String, BenchmarkSeries> candidate,
                                     GateSettings settings) throws GateInputException {
        List<String> onlyBaseline = baseline.keySet().stream().filter(k -> !candidate.containsKey(k)).toList();
        List<String> onlyCandidate = candidate.keySet().stream().filter(k -> !baseline.containsKey(k)).toList();
        List<Partial> partials = new ArrayList<>();
        for (var e : baseline.entrySet()) {
            BenchmarkSeries c = candidate.get(e.getKey());
            if (c != null) {
                partials.add(measure(e.getValue(), c, settings));
            }
        }
        double[] p = partials.stream().mapToDouble(x -> x.rank == null ? Double.NaN : x.rank.pValue()).toArray();
        double[] q = BenjaminiHochberg.adjust(p);
        List<BenchmarkJudgement> out = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            out.add(decide(partials.get(i), p[i], q[i], settings.alpha(), settings.minForks()));
        }
        out.sort(Comparator.comparing((BenchmarkJudgement c) -> c.verdict() != Verdict.FAIL)
                .thenComparing(Comparator.comparingDouble(BenchmarkJudgement::severity).reversed())
                .thenComparing(BenchmarkJudgement::key));
        return new GateResult(out, onlyBaseline, onlyCandidate, settings);
    }

    /** Everything but the multiple-testing step, which needs all benchmarks' p-values. */
    private record Partial(String key, String unit, boolean higherIsBetter, int nb, int nc, double delta,
                           String method, Estimate ratio, RankShift.Result rank, String note) {
    }

    private static Partial measure(BenchmarkSeries b, BenchmarkSeries c, GateSettings s) throws GateInputException {
        String unit = b.unit();
        List<double[]> cForks = c.forks();
        if (!c.unit().equals(b.unit())) {
            double fb = Units.toBase(b.unit());
            double fc = Units.toBase(c.unit());
            if (Double.isNaN(fb) || Double.isNaN(fc) || Units.isThroughput(b.unit()) != Units.isThroughput(c.unit())) {
                throw new GateInputException(b.key() + ": baseline is in " + b.unit() + " (" + b.sources().getFirst()
                        + ") but candidate in " + c.unit() + " (" + c.sources().getFirst() + "): not comparable");
            }
            cForks = c.forks().stream().map(f -> scale(f, fc / fb)).toList();
        }
        boolean higherIsBetter = Units.isThroughput(unit);
        double delta = s.thresholds().deltaFor(b.key());
        int nb = b.forkCount();
        int nc = c.forkCount();
        if (nb < s.minForks() || nc < s.minForks()) {
            String note = nb == 0 || nc == 0 ? "no per-fork rawData on a side (JMH older than 1.x rawData, or a failed run)" : "";
            return new Partial(b.key(), unit, higherIsBetter, nb, nc, delta, "none",
                    Estimate.withoutInterval(Double.NaN, Math.min(nb, nc), "insufficient data"), null, note);
        }
        // Oriented so that x / y > 1 is worse.
        List<double[]> x = higherIsBetter ? b.forks() : cForks;
        List<double[]> y = higherIsBetter ? cForks : b.forks();
        double[] xm = means(x);
        double[] ym = means(y);
        boolean boot = nb >= s.bootstrapForks() && nc >= s.bootstrapForks();
        Estimate ratio = boot
                ? new HierarchicalBootstrap(s.seed(), s.replicates(), s.confidence()).ratio(x, y)
                : WelchLogRatio.ratio(xm, ym, s.confidence());
        RankShift.Result rank = RankShift.test(xm, ym, 1 + delta);
        return new Partial(b.key(), unit, higherIsBetter, nb, nc, delta, boot ? "bootstrap" : "welch-log", ratio, rank, "");
    }

    private static BenchmarkJudgement decide(Partial x, double p, double q, double alpha, int minForks) {
        double t = 1 + x.delta;
        Verdict v;
        String why;
        if (x.rank == null) {
            v = Verdict.INSUFFICIENT_DATA;
            why = String.format(Locale.ROOT, "%d baseline / %d candidate forks; the gate needs >= %d a side%s",
                    x.nb, x.nc, minForks, x.note.isEmpty() ? "" : " (" + x.note + ")");
        } else if (x.ratio.lower() > t && q < alpha) {
            v = Verdict.FAIL;
            why = String.format(Locale.ROOT, "CI lower bound %.3f > %.3f and rank test q = %.2g < %.2g", x.ratio.lower(), t, q, alpha);
        } else if (x.ratio.lower() > t) {
            v = Verdict.INCONCLUSIVE;
            why = String.format(Locale.ROOT, "CI lower bound %.3f > %.3f, but the rank test disagrees (q = %.2g >= %.2g)%s",
                    x.ratio.lower(), t, q, alpha, x.nb < 10 || x.nc < 10 ? "; more forks would settle it" : "");
        } else if (x.ratio.upper() < t) {
            v = Verdict.PASS;
            why = String.format(Locale.ROOT, "CI upper bound %.3f < %.3f", x.ratio.upper(), t);
        } else {
            v = Verdict.INCONCLUSIVE;
            why = String.format(Locale.ROOT, "CI [%.3f, %.3f] contains the threshold %.3f", x.ratio.lower(), x.ratio.upper(), t);
        }
        return new BenchmarkJudgement(x.key, x.unit, x.higherIsBetter, x.nb, x.nc, x.delta, x.method, x.ratio,
                x.rank == null ? Double.NaN : x.rank.hodgesLehmannRatio(), p, q, v, why);
    }

    private static double[] means(List<double[]> forks) {
        return new BenchmarkSeries("", "", forks, List.of()).forkMeans();
    }

    private static double[] scale(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }
}
