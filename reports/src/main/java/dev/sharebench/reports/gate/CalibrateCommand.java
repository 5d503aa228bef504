package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.stats.MinimumDetectableEffect;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reports gate-calibrate}: the gate's false-alarm rate (A/A) and power (a shift model on
 * A/A forks, or a recording with a real slowdown), by seeded resampling of recorded forks, for every
 * benchmark of the files. Prints markdown tables.
 */
@Command(name = "gate-calibrate", mixinStandardHelpOptions = true,
        description = {"Measure the gate's false-alarm rate and power by resampling recorded forks (every benchmark of the files).",
                "A/A:     --aa PATH... (all forks of one build, pooled and split in two halves per trial)",
                "shift:   --aa PATH... --slowdown 1.10 (the same splits, one benchmark at a time made 10%% slower)",
                "summary: --aa PATH... --summary (per benchmark: A/A, +5%%, +10%%, minimum detectable effect)",
                "power:   --baseline PATH... --candidate PATH... (a recording with a real slowdown)"})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--aa", arity = "1..*", paramLabel = "PATH", description = "JMH JSON of one build (e.g. both sides of an A/A run).")
    List<Path> aa;

    @Option(names = "--baseline", arity = "1..*", paramLabel = "PATH")
    List<Path> baseline;

    @Option(names = "--candidate", arity = "1..*", paramLabel = "PATH")
    List<Path> candidate;

    @Option(names = "--forks", defaultValue = "10", split = ",",
            description = "Forks per side in each resampled gate run; a list such as 5,10 with --summary (default: ${DEFAULT-VALUE}).")
    List<Integer> forks;

    @Option(names = "--trials", defaultValue = "500", description = "Resampled gate runs (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--seed", defaultValue = "1", description = "Resampling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--slowdown", paramLabel = "F", description = "With --aa: make one benchmark at a time slower by this factor (1.10 = 10%%).")
    Double slowdown;

    @Option(names = "--summary", description = "With --aa: one row per benchmark and fork count: A/A, +5%%, +10%% and the MDE at 80%% power.")
    boolean summary;

    @Mixin
    GateOptions judging;

    @Option(names = "--label", defaultValue = "", description = "Label for the table rows, e.g. 'A/A' or '10%% slowdown'.")
    String label;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            check();
            GateSettings settings = judging.settings();
            if (summary) {
                summary(out, judging.load("aa", aa), settings);
            } else {
                out.println("| run | benchmark | forks/side | trials | FAIL | 95% Wilson | INCONCLUSIVE | PASS |");
                out.println("|---|---|---:|---:|---:|---|---:|---:|");
                GateCalibration cal = new GateCalibration(settings, forks.getFirst(), trials, seed);
                // GateInput pools equal keys across files: both sides of an A/A run become one pool.
                Map<String, GateCalibration.Rates> rates = aa == null
                        ? cal.power(judging.load("baseline", baseline), judging.load("candidate", candidate))
                        : slowdown == null ? cal.aa(judging.load("aa", aa)) : cal.shifted(judging.load("aa", aa), slowdown);
                rates.values().forEach(r -> row(out, r));
            }
            out.flush();
            return ExitCode.OK;
        } catch (GateInputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private void check() {
        if (forks.stream().anyMatch(f -> f < 2) || trials < 1) {
            throw new IllegalArgumentException("--forks must be >= 2 and --trials >= 1, got " + forks + ", " + trials);
        }
        if ((aa == null) == (baseline == null && candidate == null) || (aa == null && (baseline == null || candidate == null))) {
            throw new IllegalArgumentException("give either --aa PATH..., or both --baseline and --candidate");
        }
        if ((slowdown != null || summary) && aa == null) {
            throw new IllegalArgumentException("--slowdown and --summary resample A/A forks: give --aa PATH...");
        }
        if (slowdown != null && !(slowdown >= 1 && slowdown <= GateCalibration.MAX_FACTOR)) {
            throw new IllegalArgumentException("--slowdown must be in [1, " + GateCalibration.MAX_FACTOR + "] (1.10 = 10% slower), got " + slowdown);
        }
        if (forks.size() > 1 && !summary) {
            throw new IllegalArgumentException("a list of --forks needs --summary");
        }
    }

    private void row(PrintWriter out, GateCalibration.Rates r) {
        double[] w = r.wilson(Verdict.FAIL);
        out.printf(Locale.ROOT, "| %s | `%s` | %d | %d | %.1f%% | [%.1f%%, %.1f%%] | %.1f%% | %.1f%% |%n", label, shortKey(r.key()), r.forks(),
                r.trials(), 100 * r.rate(Verdict.FAIL), 100 * w[0], 100 * w[1], 100 * r.rate(Verdict.INCONCLUSIVE),
                100 * r.rate(Verdict.PASS));
    }

    /*
     * Per benchmark and fork count: A/A false alarms (with the Wilson interval), FAIL rates for a
     * lone 5% and 10% slowdown by the shift model, the MDE at 80% power found by resampling, and the
     * MDE the gate.md formula predicts from the standard deviation of all the recording's log fork
     * summaries (s), so the formula can be checked against the resampling.
     */
    private void summary(PrintWriter out, Map<String, BenchmarkSeries> pool, GateSettings settings) throws GateInputException {
        out.println("| benchmark | forks/side | A/A FAIL | 95% Wilson | A/A INCONCLUSIVE | FAIL at +5% | FAIL at +10% "
                + "| MDE 80%, resampled | MDE 80%, formula (s) |");
        out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|");
        for (int n : forks) {
            GateCalibration cal = new GateCalibration(settings, n, trials, seed);
            Map<String, GateCalibration.Rates> aaRates = cal.aa(pool);
            Map<String, GateCalibration.Rates> five = cal.shifted(pool, 1.05);
            Map<String, GateCalibration.Rates> ten = cal.shifted(pool, 1.10);
            Map<String, Double> mde = cal.mde(pool, MinimumDetectableEffect.POWER);
            for (var e : pool.entrySet()) {
                String k = e.getKey();
                double s = MinimumDetectableEffect.logSd(e.getValue().forkSummaries());
                double formula = MinimumDetectableEffect.fromLogSd(s, n, n, settings.thresholds().deltaFor(k), settings.confidence(),
                        MinimumDetectableEffect.POWER);
                GateCalibration.Rates a = aaRates.get(k);
                double[] w = a.wilson(Verdict.FAIL);
                out.printf(Locale.ROOT, "| `%s` | %d | %.1f%% | [%.1f%%, %.1f%%] | %.1f%% | %.1f%% | %.1f%% | %s | %s (%.3f) |%n", shortKey(k), n,
                        100 * a.rate(Verdict.FAIL), 100 * w[0], 100 * w[1], 100 * a.rate(Verdict.INCONCLUSIVE),
                        100 * five.get(k).rate(Verdict.FAIL), 100 * ten.get(k).rate(Verdict.FAIL), percent(mde.get(k)), percent(formula), s);
            }
            GateCalibration.Rates any = aaRates.get(GateCalibration.ANY);
            if (any != null) {
                double[] w = any.wilson(Verdict.FAIL);
                out.printf(Locale.ROOT, "| %s | %d | %.1f%% | [%.1f%%, %.1f%%] | %.1f%% | | | | |%n", GateCalibration.ANY, n,
                        100 * any.rate(Verdict.FAIL), 100 * w[0], 100 * w[1], 100 * any.rate(Verdict.INCONCLUSIVE));
            }
        }
    }

    private static String percent(double fraction) {
        return Double.isInfinite(fraction) ? String.format(Locale.ROOT, "> %.0f%%", 100 * (GateCalibration.MAX_FACTOR - 1))
                : GateAnalysis.percent(fraction);
    }

    /** The key without its package: {@code CounterBench.contended [avgt] mechanism=x}. */
    static String shortKey(String key) {
        return key.replaceFirst("^([a-z_$][\\w$]*\\.)+(?=[A-Z])", "");
    }
}
