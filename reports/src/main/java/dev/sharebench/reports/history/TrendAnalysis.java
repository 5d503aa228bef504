package dev.sharebench.reports.history;

import dev.sharebench.reports.changepoint.EDivisive;
import dev.sharebench.reports.jmh.Units;
import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.stats.IntervalRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trends of one {@link Series}: each commit's value with its CI (the suite's one interval rule over
 * the commit's fork summaries), and the change points. The detector sees the log of every fork summary, one block
 * per commit, so a shift is a ratio and the same 5% weighs the same on a 10 ns and a 10 us
 * benchmark. For each change point: the shift as the ratio of the medians after and before it
 * (each side running to the neighbouring change point), its CI by the interval rule's Welch t with
 * each commit as one unit (its geometric mean of forks: commits, not forks, are what varies run to
 * run), and the commit range in which it happened (last commit before, first after).
 */
public final class TrendAnalysis {

    /** One change point of a series. */
    public record Shift(int index, String lastBefore, String firstAfter, Estimate ratio, double pValue, boolean worse) {

        /** "+4.1%" or "-2.0%": the change of the median. */
        public String percent() {
            return String.format(java.util.Locale.ROOT, "%+.1f%%", (ratio.value() - 1) * 100);
        }
    }

    /** A series with its per-commit estimates and change points. */
    public record Trend(Series series, List<Estimate> medians, List<Shift> shifts) {
    }

    private final EDivisive detector;
    private final IntervalRule rule;

    public TrendAnalysis(EDivisive.Settings settings, IntervalRule rule) {
        this.detector = new EDivisive(settings);
        this.rule = rule;
    }

    public Trend analyze(Series s) {
        List<Estimate> medians = s.points().stream().map(p -> rule.centerOfSummaries(p.forks())).toList();
        List<EDivisive.ChangePoint> cps = detector.detect(logBlocks(s));
        List<Shift> shifts = new ArrayList<>();
        for (int i = 0; i < cps.size(); i++) {
            int from = i == 0 ? 0 : cps.get(i - 1).index();
            int at = cps.get(i).index();
            int to = i + 1 < cps.size() ? cps.get(i + 1).index() : s.points().size();
            Estimate ratio = rule.ratioOfSummaries(commits(s, at, to), commits(s, from, at));
            boolean worse = Units.isThroughput(s.unit()) ? ratio.value() < 1 : ratio.value() > 1;
            shifts.add(new Shift(at, s.points().get(at - 1).commit(), s.points().get(at).commit(), ratio, cps.get(i).pValue(), worse));
        }
        return new Trend(s, medians, shifts);
    }

    /** The detector's input: per commit, the log of its fork summaries. */
    static List<double[]> logBlocks(Series s) {
        return s.points().stream().map(p -> Arrays.stream(p.forks()).map(Math::log).toArray()).toList();
    }

    /** Commits [from, to), each as the geometric mean of its fork summaries. */
    private static double[] commits(Series s, int from, int to) {
        return s.points().subList(from, to).stream()
                .mapToDouble(p -> Math.exp(Arrays.stream(p.forks()).map(Math::log).average().orElse(Double.NaN))).toArray();
    }
}
