package dev.sharebench.reports.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A log axis with ticks people can read: 1-2-5 steps per decade when the range spans few decades,
 * powers of ten when it spans many. (JFreeChart's LogAxis puts ticks at fractional powers: 15.849...)
 */
final class NiceLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final double[] STEPS_FEW = {1, 2, 5};
    private static final double[] STEPS_ONE = {1};

    NiceLogAxis(String label) {
        super(label);
    }

    @Override
    protected List<Tick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return ticks(anchor);
    }

    @Override
    protected List<Tick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        return ticks(anchor);
    }

    private List<Tick> ticks(TextAnchor anchor) {
        List<Tick> ticks = new ArrayList<>();
        for (double v : values(getLowerBound(), getUpperBound())) {
            ticks.add(new NumberTick(TickType.MAJOR, v, label(v), anchor, anchor, 0.0));
        }
        return ticks;
    }

    /**
     * The tick values for a range: 1-2-5 (or powers of ten) per decade; when fewer than two of those
     * fall inside (a single dot, or a few close ones, span less than a factor of 2), evenly spaced
     * round numbers instead, so every chart has numbers on its axis.
     */
    static List<Double> values(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
            return out;
        }
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        double[] steps = last - first <= 4 ? STEPS_FEW : STEPS_ONE;
        int stride = Math.max(1, (last - first) / 8);
        for (int k = first; k <= last; k += stride) {
            for (double s : steps) {
                double v = s * Math.pow(10, k);
                if (v >= lo && v <= hi) {
                    out.add(v);
                }
            }
        }
        return out.size() >= 2 ? out : linear(lo, hi);
    }

    /** Round numbers 1, 2 or 5 x 10^k apart, three to six of them across [lo, hi]. */
    private static List<Double> linear(double lo, double hi) {
        double raw = (hi - lo) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude >= 5 ? 5 : raw / magnitude >= 2 ? 2 : 1);
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(step); // k x 0.1 is 0.3, not 0.30000000000000004
        List<Double> out = new ArrayList<>();
        for (long k = (long) Math.ceil(lo / step); k * step <= hi; k++) {
            out.add(exact.multiply(java.math.BigDecimal.valueOf(k)).doubleValue());
        }
        return out;
    }

    /** 0.001 .. 999,999,999 as plain numbers with separators, beyond that as 1E9. */
    static String label(double v) {
        if (v >= 1e9 || v < 1e-3) {
            return new DecimalFormat("0.#E0").format(v);
        }
        return new DecimalFormat("#,##0.###").format(v);
    }
}
