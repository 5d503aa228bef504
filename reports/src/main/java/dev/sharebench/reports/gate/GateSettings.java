package dev.sharebench.reports.gate;

/**
 * The gate's knobs, with defaults chosen by calibration (docs/gate-calibration.md). The interval is
 * the suite's one rule ({@code stats.IntervalRule}) at every fork count; these are the gate's own
 * policy on top of it.
 *
 * @param thresholds delta per benchmark (default 5%)
 * @param alpha      false discovery rate for the Benjamini-Hochberg cross-check
 * @param confidence confidence level of the ratio CI
 * @param minForks   fewer forks than this on a side: insufficient data, no verdict
 */
public record GateSettings(Thresholds thresholds, double alpha, double confidence, int minForks) {

    public static final double DEFAULT_DELTA = 0.05;

    public GateSettings {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        if (minForks < 3) {
            throw new IllegalArgumentException("minForks must be >= 3 (the interval rule gives no interval below 3), got " + minForks);
        }
    }

    public static GateSettings defaults() {
        return new GateSettings(Thresholds.of(DEFAULT_DELTA), 0.05, 0.95, 5);
    }

    public GateSettings withThresholds(Thresholds t) {
        return new GateSettings(t, alpha, confidence, minForks);
    }

    public GateSettings withAlpha(double a) {
        return new GateSettings(thresholds, a, confidence, minForks);
    }
}
