package dev.sharebench.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Mechanisms ranked top to bottom, a dot at the median and a whisker for the 95% CI, values on a log
 * axis so a 100x spread stays readable. Several series (e.g. placements) sit side by side per row.
 * A dot without a whisker means no CI (one fork).
 */
final class DotWhiskerChart {

    /** One point: row label, series name, median and CI (NaN bounds = none). */
    record Point(String row, String series, double median, double lower, double upper) {
    }

    /** A vertical reference line in the value unit, e.g. the core-to-core round trip. */
    record Reference(String label, double value) {
    }

    private DotWhiskerChart() {
    }

    /**
     * @param rows      row labels, best first (drawn top to bottom)
     * @param series    series names (legend), in order
     * @param references vertical markers (core-to-core round trip, the JVM floor), in the value unit
     */
    static JFreeChart create(String title, String valueLabel, List<String> rows, List<String> series, List<Point> points,
                             List<Reference> references) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int n = rows.size();
        for (int s = 0; s < series.size(); s++) {
            YIntervalSeries ys = new YIntervalSeries(series.get(s), false, true);
            // first series on top within a row, in legend order
            double offset = series.size() == 1 ? 0 : ((series.size() - 1) / 2.0 - s) * (0.6 / series.size());
            for (Point p : points) {
                if (!p.series().equals(series.get(s)) || !(p.median() > 0) || !Double.isFinite(p.median())) {
                    continue;
                }
                double x = n - 1 - rows.indexOf(p.row()) + offset;
                boolean ci = Double.isFinite(p.lower()) && Double.isFinite(p.upper()) && p.lower() > 0;
                ys.add(x, p.median(), ci ? p.lower() : p.median(), ci ? p.upper() : p.median());
            }
            data.addSeries(ys);
        }
        String[] symbols = new String[n];
        for (int i = 0; i < n; i++) {
            symbols[n - 1 - i] = rows.get(i);
        }
        SymbolAxis domain = new SymbolAxis(null, symbols);
        domain.setTickLabelFont(Style.LABEL);
        domain.setGridBandsVisible(false);
        domain.setRange(-0.6, n - 0.4);
        LogAxis range = Style.logAxis(valueLabel);
        Style.fitLog(range, java.util.stream.DoubleStream.concat(
                points.stream().flatMapToDouble(p -> java.util.stream.DoubleStream.of(p.median(), p.lower(), p.upper())),
                references.stream().mapToDouble(Reference::value)), OptionalDouble.empty());

        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(1.6f));
        renderer.setCapLength(7);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, Style.color(s));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        renderer.setErrorPaint(null); // whiskers take the series colour

        XYPlot plot = new XYPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Color[] colors = {new Color(0xB2, 0x22, 0x22), new Color(0x55, 0x55, 0x55)};
        for (int i = 0; i < references.size(); i++) {
            Reference ref = references.get(i);
            if (!(ref.value() > 0)) {
                continue;
            }
            Color c = colors[i % colors.length];
            ValueMarker m = new ValueMarker(ref.value(), c, new BasicStroke(1.2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
            m.setLabel(ref.label());
            m.setLabelFont(Style.TICK);
            m.setLabelPaint(c);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            // the label goes on the side of the line with room for it, so it is never cut at the chart's edge
            boolean rightHalf = Math.log(ref.value()) > (Math.log(range.getLowerBound()) + Math.log(range.getUpperBound())) / 2;
            boolean top = i % 2 == 0;
            m.setLabelAnchor(rightHalf ? (top ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT)
                    : (top ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT));
            m.setLabelTextAnchor(rightHalf ? (top ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT)
                    : (top ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT));
            plot.addRangeMarker(m);
        }
        return Style.chart(title, plot, series.size() > 1);
    }

    static int height(int rows) {
        return 110 + 34 * Math.max(rows, 2);
    }
}
