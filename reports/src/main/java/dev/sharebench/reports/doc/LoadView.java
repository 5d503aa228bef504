package dev.sharebench.reports.doc;

import dev.sharebench.reports.chart.Figure;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.load.LoadCurve;
import dev.sharebench.reports.load.LoadPoint;
import dev.sharebench.reports.load.LoadSection;
import dev.sharebench.reports.load.TailComparison;
import java.util.ArrayList;
import java.util.List;

/**
 * The latency-under-load section as the templates render it: the findings, one table of points per
 * curve (with its chart), and the tail comparisons.
 */
record LoadView(String bound, List<String> findings, List<Curve> curves, List<Tail> tails) {

    record Curve(String title, Figure figure, List<Point> points) {
    }

    record Point(String load, String offered, String achieved, String p50, String p99, String p999, String max, String forks,
                 String withinBound) {
    }

    record Tail(String title, List<TailRow> rows) {
    }

    record TailRow(String mechanism, String p99, String p999, String p99VsBest, String p999VsBest) {
    }

    static LoadView of(LoadSection s, List<Figure> figures) {
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < s.curves().size(); i++) {
            LoadCurve c = s.curves().get(i);
            curves.add(new Curve(LoadSection.where(c.workload(), c.method(), c.params()) + " " + c.mechanism(), i < figures.size() ? figures.get(i) : null,
                    c.points().stream().map(LoadView::point).toList()));
        }
        List<Tail> tails = s.tails().stream().map(t -> new Tail(LoadSection.where(t.workload(), t.method(), t.params()) + " at " + t.loadPercent()
                + "% of each mechanism's maximum", t.rows().stream().map(r -> new TailRow(r.mechanism(), Format.estimate(r.p99()),
                Format.estimate(r.p999()), Format.ratio(r.p99VsBest()), Format.ratio(r.p999VsBest()))).toList())).toList();
        return new LoadView(Format.num(LoadSection.P99_BOUND_US) + " us", s.findings(), curves, tails);
    }

    private static Point point(LoadPoint p) {
        return new Point(p.loadPercent() + "%", Format.estimate(p.offeredRate()), Format.estimate(p.achieved()), Format.estimate(p.p50()),
                Format.estimate(p.p99()), Format.estimate(p.p999()), Format.estimate(p.max()), Integer.toString(p.forks()),
                p.p99().value() <= LoadSection.P99_BOUND_US ? "yes" : "no");
    }
}
