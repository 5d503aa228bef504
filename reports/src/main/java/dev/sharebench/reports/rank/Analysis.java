package dev.sharebench.reports.rank;

import dev.sharebench.reports.common.Anchors;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.Metric;
import dev.sharebench.reports.jmh.SamplePercentiles;
import dev.sharebench.reports.jmh.SampleStatistic;
import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.stats.IntervalRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns JMH runs into ranked comparisons. Values and intervals follow the suite's one interval
 * rule ({@link IntervalRule}: fork medians, geometric mean, t intervals on the logs, none below
 * three forks). Within a comparison every row shares mode and unit, so throughput and time per op
 * are never mixed, and each ratio is computed in its own direction.
 */
public final class Analysis {

    public static final String FASTEST = "fastest";
    public static final String TIE = "tie";
    public static final String SLOWER = "slower";
    public static final String TIE_WITH = "tie with ";
    public static final String ONE_FORK = "no CI: one fork";
    /** The position of a row that is shown but not ranked (exploratory 1-fork rows beside ranked ones, rows without data). */
    public static final String UNRANKED = "-";
    public static final String NO_RAW = "no CI: score only (no raw data)";

    private final IntervalRule rule;
    private final Map<String, String> baselines;

    private final Map<String, String> rankMetrics;

    private final Map<String, String> axes;

    /**
     * @param baselines   workload -> alias to compare with (the caller merges options and defaults)
     * @param rankMetrics workload -> secondary metric to rank by instead of JMH's primary score (the catalogue's)
     */
    public Analysis(IntervalRule rule, Map<String, String> baselines, Map<String, String> rankMetrics) {
        this(rule, baselines, rankMetrics, Map.of());
    }

    /**
     * @param axes workload -> the parameter its rows are ({@link CompareBy#choose}); a workload not in
     *             the map is compared by mechanism, or by method when it has no mechanism parameter
     */
    public Analysis(IntervalRule rule, Map<String, String> baselines, Map<String, String> rankMetrics, Map<String, String> axes) {
        this.rankMetrics = Map.copyOf(rankMetrics);
        this.rule = rule;
        this.baselines = Map.copyOf(baselines);
        this.axes = Map.copyOf(axes);
    }

    /** Workload name -> its comparisons, in the order the runs appeared. */
    public Map<String, List<RankedComparison>> analyse(List<BenchmarkRun> runs) {
        Map<String, List<BenchmarkRun>> byKey = new LinkedHashMap<>();
        for (BenchmarkRun r : runs) {
            byKey.computeIfAbsent(groupKey(r), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<RankedComparison>> out = new LinkedHashMap<>();
        for (List<BenchmarkRun> group : byKey.values()) {
            RankedComparison c = compare(group);
            out.computeIfAbsent(c.workload(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** A run's row label: its mechanism alias, or the method name when it has no mechanism parameter. */
    public static String label(BenchmarkRun r) {
        return r.mechanism() != null ? r.mechanism() : method(r);
    }

    /** The parameter a run's workload is compared by ({@link CompareBy#METHOD} for methods). */
    public String axis(BenchmarkRun r) {
        return axes.getOrDefault(r.workload(), r.mechanism() != null ? "mechanism" : CompareBy.METHOD);
    }

    /** A run's row label on its workload's axis (see {@link CompareBy#label}). */
    public String labelOf(BenchmarkRun r) {
        return CompareBy.label(r, axis(r));
    }

    /** The metric a comparison ranks by when it is not JMH's primary score (see {@link #ranked}). */
    static final String PRIMARY = "primary";

    /**
     * The metric mechanisms are ranked by: the workload's rank metric in the run's catalogue when the
     * run has it (HandoffBench's primary score counts every call, failed polls too; its
     * {@code polled} counter counts items actually handed over), else JMH's primary score.
     */
    public Metric ranked(BenchmarkRun r) {
        return rankedName(r).map(n -> r.secondary().get(n)).orElse(r.primary());
    }

    Optional<String> rankedName(BenchmarkRun r) {
        return Optional.ofNullable(rankMetrics.get(r.workload())).filter(n -> r.secondary().containsKey(n));
    }

    static String method(BenchmarkRun r) {
        String b = r.benchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }

    /** Runs that may be ranked together: same class, method (unless labelled by method), mode, unit, other params. */
    String groupKey(BenchmarkRun r) {
        return r.workload() + "|" + methodOrAll(r) + "|" + r.mode() + "|" + rankedName(r).orElse(PRIMARY) + "|" + ranked(r).unit()
                + "|" + fixedParams(r, axis(r));
    }

    /** The method a comparison holds, or "*" when the methods are its rows. */
    private String methodOrAll(BenchmarkRun r) {
        return axis(r).equals(CompareBy.METHOD) ? "*" : method(r);
    }

    /**
     * All parameters but the axis. JMH's thread count ({@code -t}, {@code @Threads}, group size)
     * joins them as {@code threads} when it is not a {@code @Param} and not 1, so runs with different
     * thread counts are never ranked against each other.
     */
    static Map<String, String> fixedParams(BenchmarkRun r, String axis) {
        Map<String, String> p = new TreeMap<>(r.params());
        p.remove(axis);
        if (!p.containsKey("threads") && r.threads() != 1) {
            p.put("threads", Integer.toString(r.threads()));
        }
        return p;
    }

    private RankedComparison compare(List<BenchmarkRun> group) {
        BenchmarkRun first = group.getFirst();
        boolean higher = ranked(first).higherIsBetter();
        String workload = first.workload();
        String method = methodOrAll(first);
        Map<String, String> fixed = fixedParams(first, axis(first));

        Map<BenchmarkRun, Estimate> medians = new IdentityHashMap<>();
        for (BenchmarkRun r : group) {
            medians.put(r, median(ranked(r)));
        }
        Comparator<BenchmarkRun> best = Comparator.comparingDouble(r -> medians.get(r).value());
        if (higher) {
            best = best.reversed();
        }
        List<BenchmarkRun> sorted = group.stream()
                .filter(r -> Double.isFinite(medians.get(r).value()))
                .sorted(best).toList();
        List<BenchmarkRun> noData = group.stream().filter(r -> !Double.isFinite(medians.get(r).value())).toList();

        String baselineLabel = baselines.getOrDefault(workload, labelOf(first));
        BenchmarkRun baseline = group.stream().filter(r -> labelOf(r).equals(baselineLabel)).findFirst().orElse(first);

        // Only rows measured at the interval rule's forks are ranked when any are: a profile's exploratory
        // 1-fork rows follow them, unranked (position "-"), because without an interval their place is
        // noise, and a 1-fork row at the top would leave every ranked row without a tie test.
        List<BenchmarkRun> withForks = sorted.stream().filter(r -> medians.get(r).forks() >= IntervalRule.MIN_FORKS).toList();
        List<BenchmarkRun> ranked = withForks.isEmpty() ? sorted : withForks;
        List<BenchmarkRun> exploratory = sorted.stream().filter(r -> !ranked.contains(r)).toList();

        List<RankedComparison.Row> rows = new ArrayList<>();
        BenchmarkRun fastest = ranked.isEmpty() ? null : ranked.getFirst();
        // Tie groups: each group has a leader (its best row); a row joins the current group when its
        // ratio to the LEADER has a CI reaching 1. Comparing with the leader, not the row above,
        // keeps a chain of small steps from tying rows that are clearly apart.
        BenchmarkRun leader = fastest;
        int leaderPlace = 1;
        for (int i = 0; i < ranked.size(); i++) {
            BenchmarkRun r = ranked.get(i);
            // A row's ratio to itself is exactly 1, not an interval around a noisy 1.
            Estimate vsFastest = r == fastest ? itself(medians.get(r)) : timesWorse(r, fastest, higher);
            Estimate vsBaseline = r == baseline ? itself(medians.get(r)) : timesWorse(baseline, r, higher);
            String rank = rank(r == fastest, vsFastest);
            boolean tied = rank.equals(TIE);
            if (rank.equals(SLOWER) && leader != fastest) {
                Estimate vsLeader = timesWorse(r, leader, higher);
                if (vsLeader.hasInterval() && vsLeader.lower() <= 1.0) {
                    rank = TIE_WITH + labelOf(leader);
                    tied = true;
                }
            }
            if (i > 0 && !tied) {
                leader = r;
                leaderPlace = i + 1;
            }
            String position = Integer.toString(leaderPlace);
            if (tied) {
                // a tie with the fastest is a shared first place, whichever group is current
                int place = rank.equals(TIE) ? 1 : leaderPlace;
                position = place + "=";
                int leaderIndex = place - 1;
                RankedComparison.Row lead = rows.get(leaderIndex);
                if (!lead.position().endsWith("=")) {
                    rows.set(leaderIndex, withPosition(lead, position));
                }
            }
            rows.add(row(r, position, medians.get(r), vsFastest, rank, vsBaseline));
        }
        for (BenchmarkRun r : exploratory) {
            Estimate vsFastest = timesWorse(r, fastest, higher);
            Estimate vsBaseline = r == baseline ? itself(medians.get(r)) : timesWorse(baseline, r, higher);
            rows.add(row(r, UNRANKED, medians.get(r), vsFastest, rank(false, vsFastest), vsBaseline));
        }
        for (BenchmarkRun r : noData) {
            Estimate none = Estimate.withoutInterval(Double.NaN, 0, "no data");
            rows.add(row(r, UNRANKED, medians.get(r), none, "no data (NaN or empty)", none));
        }
        String anchor = Anchors.slug(workload + "-" + method + "-" + first.mode() + (fixed.isEmpty() ? "" : "-" + fixed));
        return new RankedComparison(anchor, workload, method.equals("*") ? "(methods)" : method, axis(first), first.mode(),
                rankedName(first).orElse(PRIMARY), ranked(first).unit(), higher, fixed, labelOf(baseline), rows);
    }

    /**
     * Median with CI from the raw iterations. Files from old JMH versions carry no raw data: then
     * JMH's own score stands, with no interval, and the note says so.
     */
    public Estimate median(Metric m) {
        if (m.rawData().isEmpty()) {
            return Estimate.withoutInterval(m.score(), 0, NO_RAW);
        }
        return rule.center(m.iterations(SampleStatistic.MEDIAN));
    }

    /** How many times worse {@code r} is than {@code than} (>= 1 when {@code than} is better): a speedup read the other way round. */
    private Estimate timesWorse(BenchmarkRun r, BenchmarkRun than, boolean higher) {
        return higher ? ratio(ranked(than), ranked(r)) : ratio(ranked(r), ranked(than));
    }

    /** The reference row's ratio to itself: exactly 1, no interval. */
    private static Estimate itself(Estimate median) {
        return Estimate.withoutInterval(1.0, median.forks(), "");
    }

    Estimate ratio(Metric numerator, Metric denominator) {
        if (numerator.rawData().isEmpty() || denominator.rawData().isEmpty()) {
            return Estimate.withoutInterval(numerator.score() / denominator.score(), 0, NO_RAW);
        }
        return rule.ratio(numerator.iterations(SampleStatistic.MEDIAN), denominator.iterations(SampleStatistic.MEDIAN));
    }

    /** How many times worse {@code other} is than {@code better}, in the comparison's direction (>= 1 when ordered). */
    public Estimate timesSlower(RankedComparison c, RankedComparison.Row better, RankedComparison.Row other) {
        return timesWorse(other.run(), better.run(), c.higherIsBetter());
    }

    /** Tie when the ratio's CI reaches 1: the data cannot tell these two apart. */
    static String rank(boolean isFastest, Estimate vsFastest) {
        if (isFastest) {
            return FASTEST;
        }
        if (!vsFastest.hasInterval()) {
            return vsFastest.note().isEmpty() ? ONE_FORK : vsFastest.note();
        }
        return vsFastest.lower() <= 1.0 ? TIE : SLOWER;
    }

    private static RankedComparison.Row withPosition(RankedComparison.Row r, String position) {
        return new RankedComparison.Row(r.label(), position, r.run(), r.median(), r.vsFastest(), r.rank(), r.vsBaseline(),
                r.percentiles(), r.secondary(), r.iterations());
    }

    private RankedComparison.Row row(BenchmarkRun r, String position, Estimate median, Estimate vsFastest, String rank, Estimate vsBaseline) {
        Map<String, RankedComparison.Secondary> secondary = new LinkedHashMap<>();
        for (var e : r.secondary().entrySet()) {
            Metric m = e.getValue();
            if (m.rawData().isEmpty() && !Double.isFinite(m.score())) {
                continue; // a profiler's placeholder such as JMH's ":jfr" entry (score NaN, unit "---")
            }
            secondary.put(e.getKey(), new RankedComparison.Secondary(median(m), m.unit()));
        }
        int iterations = ranked(r).rawData().stream().mapToInt(f -> f.length).sum();
        // Percentiles only mean latency in SampleTime; for other modes JMH's percentiles are of iteration scores.
        Map<String, Double> pct = "sample".equals(r.mode()) ? SamplePercentiles.of(ranked(r)) : Map.of();
        return new RankedComparison.Row(labelOf(r), position, r, median, vsFastest, rank, vsBaseline, pct, secondary, iterations);
    }
}
