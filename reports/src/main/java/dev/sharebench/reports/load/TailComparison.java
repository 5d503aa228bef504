package dev.sharebench.reports.load;

import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.stats.IntervalRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tails of the mechanisms of one method side by side, at ONE load level: the level with the
 * most forks among them (the headline's, in a suite run; ties go to the lower load). At the same
 * share of each one's own maximum the comparison is of queueing behaviour, not of raw speed. Each
 * row's p99 and p99.9 are over forks; its ratio to the base row is the interval rule's ratio of
 * two (Welch t on the logs of the fork summaries). The base row is the lowest p99 estimate among
 * the rows with an interval (a 1-fork value is never the base beside rows with intervals); without
 * any interval, the lowest estimate.
 *
 * @param workload    the benchmark class
 * @param method      the benchmark method
 * @param params      the other parameters (placement...)
 * @param loadPercent the load level compared
 * @param baseMechanism the mechanism of the base row (the ratios' denominator)
 * @param rows        by increasing p99 estimate
 */
public record TailComparison(String workload, String method, Map<String, String> params, int loadPercent, String baseMechanism, List<Row> rows) {

    /** One mechanism: its p99 and p99.9 (us) and both against the base row. */
    public record Row(String mechanism, Estimate p99, Estimate p999, Estimate p99VsBest, Estimate p999VsBest) {
    }

    public TailComparison {
        params = Map.copyOf(params);
        rows = List.copyOf(rows);
    }

    /** One comparison per method and other parameters that has at least two mechanisms at a common level. */
    public static List<TailComparison> of(List<LoadCurve> curves, IntervalRule rule) {
        Map<String, List<LoadCurve>> groups = new LinkedHashMap<>();
        for (LoadCurve c : curves) {
            groups.computeIfAbsent(c.workload() + "." + c.method() + " " + new TreeMap<>(c.params()), k -> new ArrayList<>()).add(c);
        }
        List<TailComparison> out = new ArrayList<>();
        for (List<LoadCurve> group : groups.values()) {
            int level = commonLevel(group);
            List<LoadCurve> at = group.stream().filter(c -> c.at(level).isPresent()).toList();
            if (at.size() < 2) {
                continue;
            }
            List<LoadCurve> withInterval = at.stream().filter(c -> c.at(level).orElseThrow().p99().hasInterval()).toList();
            LoadCurve best = (withInterval.isEmpty() ? at : withInterval).stream()
                    .min(Comparator.comparingDouble(c -> c.at(level).orElseThrow().p99().value())).orElseThrow();
            LoadPoint b = best.at(level).orElseThrow();
            List<Row> rows = at.stream().map(c -> {
                LoadPoint p = c.at(level).orElseThrow();
                return new Row(c.mechanism(), p.p99(), p.p999(), rule.ratioOfSummaries(p.p99Forks(), b.p99Forks()),
                        rule.ratioOfSummaries(p.p999Forks(), b.p999Forks()));
            }).sorted(Comparator.comparingDouble(r -> r.p99().value())).toList();
            LoadCurve first = group.getFirst();
            out.add(new TailComparison(first.workload(), first.method(), first.params(), level, best.mechanism(), rows));
        }
        return out;
    }

    /** The base row (every ratio's denominator). */
    public Row base() {
        return rows.stream().filter(r -> r.mechanism().equals(baseMechanism)).findFirst().orElseThrow();
    }

    /**
     * The row that has the lowest p99 as far as the forks can tell: the base, when it has an interval
     * and the ratio of every other row to it has one that lies above 1 (the nearest row's decides).
     * Empty when the intervals cannot tell the lowest from the next, or a row has no interval (one fork).
     */
    public Optional<Row> lowest() {
        Row b = base();
        if (!b.p99().hasInterval()) {
            return Optional.empty();
        }
        Optional<Row> next = nearest();
        return next.isPresent() && next.get().p99VsBest().hasInterval() && next.get().p99VsBest().lower() > 1
                && rows.stream().allMatch(r -> r.p99VsBest().hasInterval() || r == b) ? Optional.of(b) : Optional.empty();
    }

    /** The row other than the base with the smallest p99 ratio to it. */
    public Optional<Row> nearest() {
        return rows.stream().filter(r -> !r.mechanism().equals(baseMechanism))
                .min(Comparator.comparingDouble(r -> r.p99VsBest().value()));
    }

    /** The load level with the most forks over the group's curves; ties: the lower level. */
    static int commonLevel(List<LoadCurve> group) {
        Map<Integer, Integer> forks = new TreeMap<>();
        group.forEach(c -> c.points().forEach(p -> forks.merge(p.loadPercent(), p.forks(), Integer::sum)));
        return forks.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
