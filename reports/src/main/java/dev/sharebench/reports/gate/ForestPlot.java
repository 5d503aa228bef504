package dev.sharebench.reports.gate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * The forest plot: one row per compared benchmark, its oriented ratio (> 1 worse) with the CI as a
 * horizontal bar, coloured by verdict; a grey dot marks each row's own 1 + delta, a dashed line the
 * default 1 + delta and a solid line 1.0. Rows without an interval (insufficient data) are left out
 * of the plot and say so in the title; gate.md lists them.
 */
public final class ForestPlot {

    private static final Map<Verdict, Color> COLORS = Map.of(
            Verdict.FAIL, new Color(0xC6, 0x28, 0x28),
            Verdict.INCONCLUSIVE, new Color(0xEF, 0x8F, 0x00),
            Verdict.PASS, new Color(0x2E, 0x7D, 0x32));

    private ForestPlot() {
    }

    public static JFreeChart chart(GateResult r) {
        List<BenchmarkJudgement> rows = r.judgements().stream().filter(c -> c.ratio().hasInterval()).toList().reversed();
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setErrorPaint(null);
        int series = 0;
        for (Verdict v : List.of(Verdict.FAIL, Verdict.INCONCLUSIVE, Verdict.PASS)) {
            XYIntervalSeries s = new XYIntervalSeries(v.label());
            for (int i = 0; i < rows.size(); i++) {
                BenchmarkJudgement c = rows.get(i);
                if (c.verdict() == v) {
                    s.add(c.ratio().value(), c.ratio().lower(), c.ratio().upper(), i, i, i);
                }
            }
            data.addSeries(s);
            renderer.setSeriesPaint(series++, COLORS.get(v));
        }
        XYIntervalSeries thresholds = new XYIntervalSeries("1+delta");
        for (int i = 0; i < rows.size(); i++) {
            double t = rows.get(i).threshold();
            thresholds.add(t, t, t, i, i, i);
        }
        data.addSeries(thresholds);
        renderer.setSeriesPaint(series, Color.GRAY);

        // Log scale: x1.25 and /1.25 are equally far from 1, and one wild CI does not squash the rest.
        LogAxis x = new LogAxis("ratio (> 1 is worse), 95% CI, log scale");
        x.setNumberFormatOverride(new DecimalFormat("0.###"));
        x.setSmallestValue(1e-3);
        SymbolAxis y = new SymbolAxis(null, rows.stream().map(ForestPlot::label).toArray(String[]::new));
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.addDomainMarker(new ValueMarker(1.0, Color.BLACK, new BasicStroke(1f)));
        double t = 1 + r.settings().thresholds().defaultDelta();
        plot.addDomainMarker(new ValueMarker(t, COLORS.get(Verdict.FAIL),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)));
        long left = r.judgements().size() - rows.size();
        String title = "sharebench gate: " + (r.regression() ? "REGRESSION" : "PASS")
                + (left > 0 ? " (" + left + " with insufficient data not shown)" : "");
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes {@code <base>.png} and {@code <base>.svg}. */
    public static void write(GateResult r, Path dir, String base) throws IOException {
        JFreeChart chart = chart(r);
        int width = 1100;
        int height = Math.max(300, 120 + 28 * (int) r.judgements().stream().filter(c -> c.ratio().hasInterval()).count());
        ChartUtils.saveChartAsPNG(dir.resolve(base + ".png").toFile(), chart, width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(width, height));
        SVGUtils.writeToSVG(dir.resolve(base + ".svg").toFile(), g.getSVGElement());
    }

    private static String label(BenchmarkJudgement c) {
        String k = c.key();
        int sp = k.indexOf(' ');
        String name = sp < 0 ? k : k.substring(0, sp);
        String[] parts = name.split("\\.");
        String shortName = parts.length < 2 ? name : parts[parts.length - 2] + "." + parts[parts.length - 1];
        int close = k.indexOf("] ");
        return close < 0 ? shortName : shortName + " " + k.substring(close + 2);
    }
}
