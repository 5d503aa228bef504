package dev.sharebench.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/** One look for every chart: white plot, light grid, a colour-blind-safe palette (Okabe-Ito). */
final class Style {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Paint[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x00, 0x00), new Color(0x99, 0x99, 0x33),
        new Color(0x88, 0x22, 0x55), new Color(0x44, 0xAA, 0x99), new Color(0x88, 0x88, 0x88), new Color(0x33, 0x22, 0x88)};

    private Style() {
    }

    static Paint color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle t = chart.getTitle();
        t.setPaint(Color.DARK_GRAY);
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LABEL);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (plot instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setOutlineVisible(false);
        } else if (plot instanceof CategoryPlot cp) {
            cp.setBackgroundPaint(Color.WHITE);
            cp.setRangeGridlinePaint(GRID);
            cp.setOutlineVisible(false);
        }
        return chart;
    }

    /** Lines with dots and a shaded interval band per series (the scaling and latency-vs-load charts). */
    static org.jfree.chart.renderer.xy.DeviationRenderer bands(int series) {
        org.jfree.chart.renderer.xy.DeviationRenderer renderer = new org.jfree.chart.renderer.xy.DeviationRenderer(true, true);
        renderer.setAlpha(0.15f);
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, color(i));
            renderer.setSeriesFillPaint(i, color(i));
            renderer.setSeriesStroke(i, new java.awt.BasicStroke(2f));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        return renderer;
    }

    /** A log axis with the unit in its label; ticks as plain numbers. */
    static LogAxis logAxis(String label) {
        LogAxis axis = new NiceLogAxis(label + " (log scale)");
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setBase(10);
        axis.setSmallestValue(1e-9);
        return axis;
    }

    /** Fixes a log axis to the positive finite values given (and the reference), with some padding. */
    static void fitLog(LogAxis axis, java.util.stream.DoubleStream values, java.util.OptionalDouble reference) {
        double[] v = java.util.stream.DoubleStream.concat(values, reference.stream())
                .filter(x -> Double.isFinite(x) && x > 0).toArray();
        if (v.length == 0) {
            return;
        }
        double lo = java.util.Arrays.stream(v).min().getAsDouble();
        double hi = java.util.Arrays.stream(v).max().getAsDouble();
        double pad = Math.max(Math.pow(hi / lo, 0.06), 1.25);
        axis.setRange(lo / pad, hi * pad);
    }
}
