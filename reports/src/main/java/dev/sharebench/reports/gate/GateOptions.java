package dev.sharebench.reports.gate;

import dev.sharebench.reports.jmh.SampleStatistic;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The judging options that {@code gate}, {@code gate-ab} and {@code gate-calibrate} share (a picocli mixin): a
 * calibration is only meaningful when it judges exactly as the gate does, so both read these
 * options, their defaults and their checks from here.
 */
final class GateOptions {

    @Option(names = "--delta", defaultValue = "0.05", description = "Practical threshold: FAIL needs the slowdown CI above 1+delta (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--sample-statistic", defaultValue = "median",
            description = "SampleTime benchmarks: compare each iteration's median (robust to preemption) or mean (default: ${DEFAULT-VALUE}).")
    String sampleStatistic;

    @Option(names = "--alpha", defaultValue = "0.05", description = "FDR level of the Benjamini-Hochberg rank-test cross-check (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "Per-benchmark deltas: lines '<regex> = <delta>'.")
    Path thresholds;

    /** Removed with the bootstrap: kept only to say so, instead of a bare "unknown option". */
    @Option(names = "--bootstrap-forks", hidden = true, paramLabel = "N")
    Integer removedBootstrapForks;

    /** The checked delta. */
    double delta() throws GateInputException {
        if (!(delta > 0 && delta < 10)) {
            throw new GateInputException("--delta must be > 0 and < 10 (a fraction: 0.05 = 5%), got " + delta);
        }
        return delta;
    }

    /** The gate's default settings with the checked delta, --thresholds file and alpha. */
    GateSettings settings() throws GateInputException {
        if (!(alpha > 0 && alpha < 1)) {
            throw new GateInputException("--alpha must be in (0, 1), got " + alpha);
        }
        if (removedBootstrapForks != null) {
            throw new GateInputException("--bootstrap-forks was removed: the gate uses the suite's one interval rule at every fork count "
                    + "(fork medians, Welch t on the logs; see docs/gate-calibration.md); drop the option");
        }
        double d = delta();
        return GateSettings.defaults().withThresholds(thresholds == null ? Thresholds.of(d) : Thresholds.load(d, thresholds)).withAlpha(alpha);
    }

    /** One side's JMH files, pooled, SampleTime iterations reduced by the checked --sample-statistic. */
    Map<String, BenchmarkSeries> load(String side, List<Path> paths) throws GateInputException {
        return GateInput.load(side, paths, sample());
    }

    SampleStatistic sample() throws GateInputException {
        return switch (sampleStatistic.toLowerCase(Locale.ROOT)) {
            case "median" -> SampleStatistic.MEDIAN;
            case "mean" -> SampleStatistic.MEAN;
            default -> throw new GateInputException("--sample-statistic must be 'median' or 'mean', got '" + sampleStatistic + "'");
        };
    }
}
