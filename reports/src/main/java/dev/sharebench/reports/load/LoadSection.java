package dev.sharebench.reports.load;

import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.stats.IntervalRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the report says about latency under load: the curves (one chart each), per curve the
 * highest offered rate whose p99 stays within {@link #P99_BOUND_US}, the tail comparisons, and the
 * sentences that state them. Every sentence is computed from the data.
 *
 * @param curves   every curve of the run, in a stable order
 * @param tails    per method (and other parameters), the mechanisms' tails at one load level
 * @param findings the sentences
 */
public record LoadSection(List<LoadCurve> curves, List<TailComparison> tails, List<String> findings) {

    /**
     * The stated p99 bound: 1 ms. Far above every mechanism's unloaded round trip on the suite's
     * machines (tens of us for the slowest kernel transports), and within what an interactive
     * request can spend on one hop; a mechanism that cannot keep its p99 under it at a load level is
     * not sustaining that load.
     */
    public static final double P99_BOUND_US = 1_000;

    public LoadSection {
        curves = List.copyOf(curves);
        tails = List.copyOf(tails);
        findings = List.copyOf(findings);
    }

    public static LoadSection of(List<BenchmarkRun> runs, IntervalRule rule) {
        List<LoadCurve> curves = new ArrayList<>(LoadCurves.of(runs, rule));
        curves.sort(LoadCurves.byName());
        List<TailComparison> tails = TailComparison.of(curves, rule);
        List<String> findings = new ArrayList<>(sustained(curves));
        tails.forEach(t -> findings.add(tail(t)));
        return new LoadSection(curves, tails, findings);
    }

    public boolean isEmpty() {
        return curves.isEmpty();
    }

    /** "workload.method (placement=cross-cpu)". */
    public static String where(String workload, String method, Map<String, String> params) {
        return workload + "." + method + (params.isEmpty() ? "" : " " + new TreeMap<>(params));
    }

    /** One sentence per method: each mechanism's highest offered rate within the bound. */
    static List<String> sustained(List<LoadCurve> curves) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (LoadCurve c : curves) {
            Optional<LoadPoint> best = c.highestUnder(P99_BOUND_US);
            String part = best.map(p -> c.mechanism() + " " + Format.num(p.offeredRate().value()) + " msg/s (" + p.loadPercent()
                            + "% of its maximum, p99 " + Format.num(p.p99().value()) + " us)")
                    .orElseGet(() -> c.mechanism() + " none of the loads tested (lowest p99 "
                            + Format.num(c.points().stream().mapToDouble(p -> p.p99().value()).min().orElse(Double.NaN)) + " us)");
            parts.computeIfAbsent(where(c.workload(), c.method(), c.params()), k -> new ArrayList<>()).add(part);
        }
        List<String> out = new ArrayList<>();
        parts.forEach((where, ps) -> out.add(where + ": the highest offered rate with p99 within " + Format.num(P99_BOUND_US)
                + " us: " + String.join("; ", ps) + "."));
        return out;
    }

    /*
     * One sentence per tail comparison. A mechanism is named as the lowest p99 only when its interval
     * over forks separates it from the next (the ratio's interval lies above 1); otherwise the sentence
     * says the two cannot be told apart at this many forks. A 1-fork value is never named beside intervals.
     */
    static String tail(TailComparison t) {
        String at = where(t.workload(), t.method(), t.params()) + " at " + t.loadPercent() + "% of each mechanism's own maximum: ";
        TailComparison.Row base = t.base();
        TailComparison.Row next = t.nearest().orElseThrow();
        TailComparison.Row worst = t.rows().getLast();
        if (t.lowest().isEmpty()) {
            int forks = Math.min(base.p99().forks(), next.p99().forks());
            return at + "the lowest p99 cannot be told apart at " + (forks == 1 ? "1 fork" : forks + " forks") + ": " + base.mechanism()
                    + " " + Format.estimate(base.p99()) + " us, " + next.mechanism() + " " + Format.estimate(next.p99()) + " us ("
                    + Format.ratio(next.p99VsBest()) + " of " + base.mechanism() + "'s).";
        }
        String sentence = at + base.mechanism() + " has the lowest p99, " + Format.estimate(base.p99()) + " us, below "
                + next.mechanism() + "'s (" + Format.ratio(next.p99VsBest()) + ")";
        if (worst != next) {
            sentence += "; " + worst.mechanism() + "'s is " + Format.ratio(worst.p99VsBest()) + " that";
        }
        return sentence + " (p99.9: " + worst.mechanism() + " " + Format.ratio(worst.p999VsBest()) + ").";
    }
}
