package dev.sharebench.reports.canary;

import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.stats.IntervalRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Did the machine change between two canary points? For every canary benchmark measured at both,
 * the ratio later/earlier of the geometric means of its iterations, with a Welch t interval on the
 * logs of the iteration values (the suite's IntervalRule, applied to iterations). It is a drift
 * when the whole interval lies outside [1/(1+m), 1+m], m the margin (default 10%): the canary
 * moved, and by more than m, at 95% confidence for the run as a whole. A run makes several such
 * comparisons (each canary benchmark between each pair of points: 2 x 3 = 6 for start, middle
 * and end), and at 95% each a false drift somewhere would be ~6 times as likely as at one; so each
 * interval is taken at 1 - 0.05/k for k comparisons (Bonferroni), keeping the chance of any false
 * drift in the run at or under 5%.
 *
 * NOTE: here the ITERATION is the unit, not the fork. The canary runs one fork per point (it has
 * to be cheap: ~3 s), so the interval knows only the scatter between iterations inside one JVM.
 * A difference between two JVMs that has nothing to do with the machine (a different JIT decision,
 * another heap layout, a thread placement chosen at start) is invisible to that scatter and would
 * look like a drift. The canary benchmarks are chosen to have little of it (a register-only ALU
 * chain; a ping-pong on one cache line, which moves only with vCPU placement), and the margin
 * keeps small fork-to-fork differences from being called drift. So a drift says "this canary ran
 * more than m faster or slower at this point", which on this kind of host means the vCPUs got
 * slower or were placed differently, not that a statistician's null hypothesis about the machine
 * was rejected.
 */
public final class CanaryDrift {

    /** Default margin: a canary must move by more than 10% to be a drift. */
    public static final double DEFAULT_MARGIN = 0.10;
    static final double CONFIDENCE = 0.95;
    /** A move of the iterations' median by more than this factor is a drift whatever the interval says. */
    static final double GROSS = 2.0;

    private final double margin;

    public CanaryDrift(double margin) {
        if (!(margin > 0 && margin < 10)) {
            throw new IllegalArgumentException("the canary margin must be > 0 and < 10 (a fraction: 0.10 = 10%), got " + margin);
        }
        this.margin = margin;
    }

    public double margin() {
        return margin;
    }

    /**
     * Every canary benchmark between every earlier and later point (points in time order), each
     * ratio's interval at the Bonferroni-corrected {@link #confidenceFor confidence} for their number.
     */
    public List<CanaryShift> compare(List<CanaryPoint> points) {
        record Pair(CanaryPoint a, CanaryPoint b, CanaryPoint.Measurement x, CanaryPoint.Measurement y) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                CanaryPoint a = points.get(i);
                CanaryPoint b = points.get(j);
                for (var e : a.benchmarks().entrySet()) {
                    CanaryPoint.Measurement later = b.benchmarks().get(e.getKey());
                    if (later != null && later.unit().equals(e.getValue().unit())) {
                        pairs.add(new Pair(a, b, e.getValue(), later));
                    }
                }
            }
        }
        IntervalRule rule = new IntervalRule(confidenceFor(pairs.size()));
        return pairs.stream().map(p -> shift(rule, p.a(), p.b(), p.x(), p.y())).toList();
    }

    /** The confidence of each of {@code comparisons} intervals so that the run's as a whole is {@value #CONFIDENCE}. */
    public static double confidenceFor(int comparisons) {
        return 1 - (1 - CONFIDENCE) / Math.max(1, comparisons);
    }

    /**
     * The drifts, each placed as narrowly as the points allow: a drift between two consecutive
     * points, or between two points further apart when no consecutive drift of the same benchmark
     * lies between them (a slow move, each step within the margin). So 70, 71, 350 ns at start,
     * middle and end is one drift, between middle and end, not also one between start and end.
     */
    public List<CanaryShift> drifts(List<CanaryPoint> points) {
        List<CanaryShift> all = compare(points).stream().filter(CanaryShift::drift).toList();
        return all.stream().filter(d -> all.stream().noneMatch(inner -> inner != d && inner.label().equals(d.label())
                && points.indexOf(inner.from()) >= points.indexOf(d.from()) && points.indexOf(inner.to()) <= points.indexOf(d.to())))
                .toList();
    }

    private CanaryShift shift(IntervalRule rule, CanaryPoint a, CanaryPoint b, CanaryPoint.Measurement x, CanaryPoint.Measurement y) {
        Estimate r = rule.ratioOfSummaries(y.iterations(), x.iterations());
        // Or a gross move of the typical iteration: the medians' ratio beyond 2x either way. A few
        // outlier iterations (a preempted one at 50x) can widen the interval past any margin while
        // the canary plainly moved 8x; the median does not care about them.
        double medians = IntervalRule.forkSummary(y.iterations()) / IntervalRule.forkSummary(x.iterations()); // iteration medians
        boolean gross = medians > GROSS || medians < 1 / GROSS;
        boolean drift = gross || r.hasInterval() && (r.lower() > 1 + margin || r.upper() < 1 / (1 + margin));
        return new CanaryShift(x.label(), x.unit(), a, b, geometricMean(x.iterations()), geometricMean(y.iterations()), r, drift);
    }

    private static double geometricMean(double[] v) {
        return Math.exp(Arrays.stream(v).map(Math::log).average().orElse(Double.NaN));
    }
}
