package dev.sharebench.reports.common;

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

    /** Ratios: two decimals from 0.1 up (1.85), three significant digits below (0.00146). */
    public static String times(double v) {
        if (Double.isFinite(v) && Math.abs(v) < 0.1 && v != 0) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : num(v);
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
        String v = times(e.value()) + "\u00d7";
        if (e.hasInterval()) {
            return v + " [" + times(e.lower()) + ", " + times(e.upper()) + "]";
        }
        return v + (e.note().isEmpty() ? "" : " (" + e.note() + ")");
    }

    /** A count and its noun, singular for exactly one: "1 fork", "3 forks". */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** As {@link #count(long, String)} for a noun whose plural is not singular + "s": "1 benchmark entry", "2 benchmark entries". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
