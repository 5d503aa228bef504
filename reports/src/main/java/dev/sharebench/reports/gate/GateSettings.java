package dev.sharebench.reports.gate;

import dev.sharebench.reports.stats.HierarchicalBootstrap;

/**
 * The gate's knobs, with defaults chosen by calibration (docs/gate-calibration.md).
 *
 * @param thresholds     delta per benchmark (default 5%)
 * @param alpha          false discovery rate for the Benjamini-Hochberg cross-check
 * @param confidence     confidence level of the ratio CI
 * @param minForks       fewer forks than this on a side: insufficient data
 * @param bootstrapForks at least this many forks on both sides: hierarchical bootstrap; else Welch
 * @param seed           bootstrap seed (reproducible verdicts)
 * @param replicates     bootstrap replicates
 */
public record GateSettings(Thresholds thresholds, double alpha, double confidence, int minForks, int bootstrapForks,
                           long seed, int replicates) {

    public static final double DEFAULT_DELTA = 0.05;

    public GateSettings {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        if (minForks < 2 || bootstrapForks < minForks) {
            throw new IllegalArgumentException("need 2 <= minForks <= bootstrapForks, got " + minForks + ", " + bootstrapForks);
        }
    }

    public static GateSettings defaults() {
        return new GateSettings(Thresholds.of(DEFAULT_DELTA), 0.05, 0.95, 5, 10,
                HierarchicalBootstrap.DEFAULT_SEED, HierarchicalBootstrap.DEFAULT_REPLICATES);
    }

    public GateSettings withThresholds(Thresholds t) {
        return new GateSettings(t, alpha, confidence, minForks, bootstrapForks, seed, replicates);
    }

    public GateSettings withBootstrapForks(int n) {
        return new GateSettings(thresholds, alpha, confidence, minForks, n, seed, replicates);
    }

    public GateSettings withAlpha(double a) {
        return new GateSettings(thresholds, a, confidence, minForks, bootstrapForks, seed, replicates);
    }
}
