package dev.sharebench.reports.rank;

import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.stats.IntervalRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One comparison: the mechanisms of one workload measured by the same benchmark method, mode, unit
 * and other parameters, so their numbers may be ranked side by side. Rows are best first.
 *
 * @param axis           the parameter the rows differ in ({@code mechanism}, another parameter, or {@link CompareBy#METHOD})
 * @param fixedParams    the parameters shared by every row (all but the axis)
 * @param higherIsBetter throughput (ops/time) rather than time per op; the two are never mixed
 * @param baseline       label of the row the "vs baseline" column compares with
 */
public record RankedComparison(String anchor, String workload, String method, String axis, String mode, String metric, String unit,
                               boolean higherIsBetter, Map<String, String> fixedParams, String baseline, List<Row> rows) {

    /**
     * One mechanism in the comparison.
     *
     * @param label      the mechanism alias (or, for files without a mechanism parameter, the method name)
     * @param median     the geometric mean of the fork medians with its t interval ({@code stats.IntervalRule})
     * @param vsFastest  how many times worse than the fastest row (>= 1; time: this/fastest, throughput: fastest/this)
     * @param position   rank shown to readers: "1", "2", "2=" when tied with the row above
     * @param rank       "fastest", "tie" (with the fastest), "tie with X" (the row above), "slower" or "no CI: one fork"
     * @param vsBaseline speedup over the baseline (> 1 = faster than the baseline)
     * @param percentiles SampleTime percentiles (empty otherwise)
     * @param secondary  secondary metrics (group members, aux counters, profilers): median per metric
     */
    public record Row(String label, String position, BenchmarkRun run, Estimate median, Estimate vsFastest, String rank,
                      Estimate vsBaseline, Map<String, Double> percentiles, Map<String, Secondary> secondary, int iterations) {
    }

    /**
     * The rows that can take part in a ranking judgement: those {@link Analysis} gave a position. When
     * any row was measured at the interval rule's forks, a profile's exploratory rows with fewer forks
     * are shown unranked (position {@link Analysis#UNRANKED}: without an interval their order is noise),
     * as are rows without data; otherwise every row with data is ranked (e.g. a 1-fork foreign run).
     */
    public static List<Row> rankable(List<Row> rows) {
        return rows.stream().filter(r -> !Analysis.UNRANKED.equals(r.position())).toList();
    }

    /** A secondary metric's median with its unit. */
    public record Secondary(Estimate median, String unit) {
    }

    public String paramsText() {
        return fixedParams.isEmpty() ? "" : fixedParams.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** "CounterBench.contended (avgt, holdTokens=0, threads=2)", with ": polled" when ranked by a secondary metric. */
    public String title() {
        String p = paramsText();
        String name = method.startsWith("(") ? workload : workload + "." + method;
        return name + " (" + mode + (p.isEmpty() ? "" : ", " + p) + ")" + (Analysis.PRIMARY.equals(metric) ? "" : ": " + metric);
    }

    public boolean isSample() {
        return "sample".equals(mode);
    }

    public Row fastest() {
        return rows.getFirst();
    }
}
