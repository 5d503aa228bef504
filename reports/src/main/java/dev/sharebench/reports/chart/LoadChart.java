package dev.sharebench.reports.chart;

import dev.sharebench.reports.common.Anchors;
import dev.sharebench.reports.load.LoadCurve;
import dev.sharebench.reports.load.LoadPoint;
import dev.sharebench.reports.load.LoadSection;
import dev.sharebench.reports.stats.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Latency against offered load, one chart per mechanism (a {@link LoadCurve}): p50, p99, p99.9 and
 * max against the offered rate, both axes on a log scale (rates and latencies each span decades),
 * each percentile with its interval over forks as a band, and the p99 bound as a dashed line.
 */
public final class LoadChart {

    private static final List<String> LEVELS = List.of("p50", "p99", "p99.9", "max");
    private static final List<Function<LoadPoint, Estimate>> OF = List.of(LoadPoint::p50, LoadPoint::p99, LoadPoint::p999, LoadPoint::max);

    private LoadChart() {
    }

    /** The charts of every curve. */
    public static List<Figure> all(ChartFiles files, List<LoadCurve> curves) throws IOException {
        List<Figure> out = new ArrayList<>();
        for (LoadCurve c : curves) {
            out.add(write(files, c));
        }
        return out;
    }

    public static Figure write(ChartFiles files, LoadCurve c) throws IOException {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Double> ys = new ArrayList<>(List.of(LoadSection.P99_BOUND_US));
        for (int i = 0; i < LEVELS.size(); i++) {
            YIntervalSeries s = new YIntervalSeries(LEVELS.get(i), true, true);
            for (LoadPoint p : c.points()) {
                Estimate e = OF.get(i).apply(p);
                double x = p.offeredRate().value();
                if (!(e.value() > 0) || !(x > 0)) {
                    continue;
                }
                boolean ci = e.hasInterval() && e.lower() > 0;
                s.add(x, e.value(), ci ? e.lower() : e.value(), ci ? e.upper() : e.value());
                ys.add(ci ? e.lower() : e.value());
                ys.add(ci ? e.upper() : e.value());
            }
            data.addSeries(s);
        }
        LogAxis x = Style.logAxis("offered rate, msg/s");
        Style.fitLog(x, c.points().stream().mapToDouble(p -> p.offeredRate().value()), OptionalDouble.empty());
        LogAxis y = Style.logAxis("latency from the due time, us");
        Style.fitLog(y, ys.stream().mapToDouble(Double::doubleValue), OptionalDouble.empty());
        DeviationRenderer renderer = Style.bands(LEVELS.size());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ValueMarker bound = new ValueMarker(LoadSection.P99_BOUND_US, Color.GRAY,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        bound.setLabel("p99 bound");
        bound.setLabelFont(Style.TICK);
        bound.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        bound.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(bound);
        String where = c.workload() + "." + c.method() + " " + c.mechanism() + (c.params().isEmpty() ? "" : " " + c.params());
        String title = where + ": latency under load (open loop)";
        String anchor = "fig-load-" + Anchors.slug(c.workload() + "-" + c.method() + "-" + c.mechanism() + "-" + c.params());
        String caption = "Latency from each message's due time (coordinated omission corrected) against the offered rate, one point per"
                + " load level (share of the mechanism's own closed-loop maximum: " + c.points().stream().map(p -> p.loadPercent() + "%").toList()
                + "). Percentiles: geometric mean over forks of each fork's median iteration; max: of each fork's largest; band = 95% t"
                + " interval on the logs (absent below 3 forks). Dashed: the p99 bound of " + (long) LoadSection.P99_BOUND_US + " us.";
        return files.write(anchor, title, caption, Style.chart(title, plot, true), 900, 480);
    }
}
