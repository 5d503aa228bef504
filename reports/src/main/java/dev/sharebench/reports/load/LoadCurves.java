package dev.sharebench.reports.load;

import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.Metric;
import dev.sharebench.reports.stats.IntervalRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads open-loop results into curves. An entry qualifies when it has a {@code loadPercent}
 * parameter, a mechanism and the secondary metrics {@value #P99} and {@value #OFFERED} (what
 * LoadLatencyBench publishes: p50, p99, p99.9 and max in us per iteration, and the offered rate).
 * Entries of the same method, mechanism and other parameters form one curve, one point per load.
 */
public final class LoadCurves {

    public static final String LOAD_PARAM = "loadPercent";
    public static final String P50 = "lat.p50";
    public static final String P99 = "lat.p99";
    public static final String P999 = "lat.p99.9";
    public static final String MAX = "lat.max";
    public static final String OFFERED = "offeredRate";

    private LoadCurves() {
    }

    static boolean isLoadRun(BenchmarkRun r) {
        return r.params().containsKey(LOAD_PARAM) && r.mechanism() != null
                && r.secondary().containsKey(P99) && r.secondary().containsKey(OFFERED);
    }

    /** Every curve in {@code runs}, in the order their first entries appear. */
    public static List<LoadCurve> of(List<BenchmarkRun> runs, IntervalRule rule) {
        Map<String, List<BenchmarkRun>> byCurve = new LinkedHashMap<>();
        for (BenchmarkRun r : runs) {
            if (isLoadRun(r)) {
                byCurve.computeIfAbsent(curveKey(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<LoadCurve> curves = new ArrayList<>();
        for (List<BenchmarkRun> entries : byCurve.values()) {
            BenchmarkRun first = entries.getFirst();
            Map<Integer, List<BenchmarkRun>> byLoad = new TreeMap<>();
            for (BenchmarkRun r : entries) {
                byLoad.computeIfAbsent(load(r), k -> new ArrayList<>()).add(r);
            }
            List<LoadPoint> points = new ArrayList<>();
            byLoad.forEach((load, rs) -> points.add(point(load, rs, rule)));
            curves.add(new LoadCurve(first.workload(), method(first), first.mechanism(), otherParams(first), points));
        }
        return curves;
    }

    private static String curveKey(BenchmarkRun r) {
        return r.benchmark() + "|" + r.mechanism() + "|" + otherParams(r);
    }

    static Map<String, String> otherParams(BenchmarkRun r) {
        Map<String, String> p = new TreeMap<>(r.params());
        p.remove("mechanism");
        p.remove(LOAD_PARAM);
        return p;
    }

    static String method(BenchmarkRun r) {
        return r.benchmark().substring(r.benchmark().lastIndexOf('.') + 1);
    }

    private static int load(BenchmarkRun r) {
        String v = r.params().get(LOAD_PARAM);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(r.source() + ": " + r.benchmark() + " has " + LOAD_PARAM + "=" + v + ", not a whole number");
        }
    }

    /** One load level from its entries (several entries of one level pool their forks). */
    static LoadPoint point(int load, List<BenchmarkRun> entries, IntervalRule rule) {
        double[] p99 = summaries(entries, P99);
        double[] p999 = summaries(entries, P999);
        return new LoadPoint(load, rule.center(forks(entries, OFFERED)), rule.center(primaryForks(entries)),
                rule.center(forks(entries, P50)), rule.centerOfSummaries(p99), rule.centerOfSummaries(p999),
                rule.centerOfSummaries(maxPerFork(entries)), p99, p999);
    }

    private static List<double[]> forks(List<BenchmarkRun> entries, String metric) {
        List<double[]> forks = new ArrayList<>();
        for (BenchmarkRun r : entries) {
            Metric m = r.secondary().get(metric);
            if (m != null) {
                forks.addAll(m.rawData());
            }
        }
        return forks;
    }

    private static List<double[]> primaryForks(List<BenchmarkRun> entries) {
        List<double[]> forks = new ArrayList<>();
        entries.forEach(r -> forks.addAll(r.primary().rawData()));
        return forks;
    }

    private static double[] summaries(List<BenchmarkRun> entries, String metric) {
        return IntervalRule.forkSummaries(forks(entries, metric));
    }

    /* A fork's max is the largest of its iterations' maxima (the median the rule takes for a fork's
       typical value would hide the one stall a max is there to show). */
    private static double[] maxPerFork(List<BenchmarkRun> entries) {
        return forks(entries, MAX).stream().mapToDouble(it -> Arrays.stream(it).filter(Double::isFinite).max().orElse(Double.NaN))
                .filter(Double::isFinite).toArray();
    }

    /** A stable order of curves: workload, method, other parameters, mechanism. */
    static Comparator<LoadCurve> byName() {
        return Comparator.comparing(LoadCurve::workload).thenComparing(LoadCurve::method).thenComparing(c -> c.params().toString())
                .thenComparing(LoadCurve::mechanism);
    }
}
