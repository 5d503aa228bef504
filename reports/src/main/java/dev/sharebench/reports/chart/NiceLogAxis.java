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
        double lo = getLowerBound();
        double hi = getUpperBound();
        List<Tick> ticks = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo)) {
            return ticks;
        }
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        double[] steps = last - first <= 4 ? STEPS_FEW : STEPS_ONE;
        int stride = Math.max(1, (last - first) / 8);
        for (int k = first; k <= last; k += stride) {
            for (double s : steps) {
                double v = s * Math.pow(10, k);
                if (v >= lo && v <= hi) {
                    ticks.add(new NumberTick(TickType.MAJOR, v, label(v), anchor, anchor, 0.0));
                }
            }
        }
        return ticks;
    }

    /** 0.001 .. 999,999,999 as plain numbers with separators, beyond that as 1E9. */
    static String label(double v) {
        if (v >= 1e9 || v < 1e-3) {
            return new DecimalFormat("0.#E0").format(v);
        }
        return new DecimalFormat("#,##0.###").format(v);
    }
}
