package dev.sharebench.reports.report;

import dev.sharebench.reports.stats.Estimate;
import java.util.Locale;

/** Number formatting shared by every document: three significant digits, CIs in brackets. */
public final class Format {

    private Format() {
    }

    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+INF" : "-INF";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e7 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** "123 [118, 130]" or "123 (no CI: one fork)". */
    public static String estimate(Estimate e) {
        if (e.hasInterval()) {
            return num(e.value()) + " [" + num(e.lower()) + ", " + num(e.upper()) + "]";
        }
        return num(e.value()) + (e.note().isEmpty() ? "" : " (" + e.note() + ")");
    }

    /** "1.85× [1.70, 2.01]" or "1.85× (no CI: one fork)". */
    public static String ratio(Estimate e) {
        String v = String.format(Locale.ROOT, "%.2f\u00d7", e.value());
        if (e.hasInterval()) {
            return v + String.format(Locale.ROOT, " [%.2f, %.2f]", e.lower(), e.upper());
        }
        return v + (e.note().isEmpty() ? "" : " (" + e.note() + ")");
    }
}
