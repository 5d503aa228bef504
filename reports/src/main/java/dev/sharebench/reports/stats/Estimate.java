package dev.sharebench.reports.stats;

/**
 * A point estimate with a confidence interval. {@code lower}/{@code upper} are NaN when no interval
 * can honestly be given, and {@code note} then says why (e.g. "no CI: one fork").
 */
public record Estimate(double value, double lower, double upper, int forks, String note) {

    public static Estimate withoutInterval(double value, int forks, String note) {
        return new Estimate(value, Double.NaN, Double.NaN, forks, note);
    }

    public boolean hasInterval() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** True when the two intervals overlap (or either has none): too close to rank. */
    public boolean overlaps(Estimate other) {
        if (!hasInterval() || !other.hasInterval()) {
            return true;
        }
        return lower <= other.upper && other.lower <= upper;
    }
}
