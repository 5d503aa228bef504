package dev.sharebench.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One benchmark's history on one machine: a dot per commit at its median, a whisker for its 95% CI
 * (none with one fork), commits left to right in time order, and a dashed line labelled with the
 * shift where a change point starts. Linear value axis: a history moves by percents, not decades.
 */
public final class TrendChart {

    /** One commit: its x label, median and CI (NaN bounds = no CI). */
    public record Point(String label, double median, double lower, double upper) {
    }

    /** A change point before point {@code index}, labelled e.g. "+4.1% (worse)". */
    public record Shift(int index, String label, boolean worse) {
    }

    private TrendChart() {
    }

    public static JFreeChart create(String title, String valueLabel, List<Point> points, List<Shift> shifts) {
        YIntervalSeries ys = new YIntervalSeries("median, 95% CI", false, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            boolean ci = Double.isFinite(p.lower()) && Double.isFinite(p.upper());
            ys.add(i, p.median(), ci ? p.lower() : p.median(), ci ? p.upper() : p.median());
            lo = Math.min(lo, ci ? p.lower() : p.median());
            hi = Math.max(hi, ci ? p.upper() : p.median());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(ys);

        ValueAxis domain;
        if (points.size() <= 40) {
            SymbolAxis labels = new SymbolAxis("commit (oldest left)", points.stream().map(Point::label).toArray(String[]::new));
            labels.setVerticalTickLabels(true);
            labels.setGridBandsVisible(false);
            domain = labels;
        } else {
            domain = new NumberAxis("commit number (oldest left)");
        }
        domain.setTickLabelFont(Style.TICK);
        domain.setLabelFont(Style.LABEL);
        domain.setRange(-0.6, Math.max(points.size(), 1) - 0.4);
        NumberAxis range = new NumberAxis(valueLabel);
        range.setLabelFont(Style.LABEL);
        range.setTickLabelFont(Style.TICK);
        range.setAutoRangeIncludesZero(false);
        if (Double.isFinite(lo) && Double.isFinite(hi)) {
            double pad = Math.max((hi - lo) * 0.12, Math.abs(hi) * 0.01);
            range.setRange(lo - pad, hi + pad);
        }

        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, Style.color(0));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesStroke(0, new BasicStroke(0.8f));
        renderer.setErrorStroke(new BasicStroke(1.2f));
        renderer.setCapLength(5);
        renderer.setErrorPaint(null);

        XYPlot plot = new XYPlot(data, domain, range, renderer);
        for (Shift s : shifts) {
            Color c = s.worse() ? new Color(0xB2, 0x22, 0x22) : new Color(0x00, 0x9E, 0x73);
            ValueMarker m = new ValueMarker(s.index() - 0.5, c, new BasicStroke(1.4f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
            m.setLabel(s.label());
            m.setLabelFont(Style.TICK);
            m.setLabelPaint(c);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        }
        return Style.chart(title, plot, false);
    }
}
