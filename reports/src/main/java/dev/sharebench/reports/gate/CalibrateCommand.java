package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code reports gate-calibrate}: the gate's false-alarm rate (A/A) and power (injected slowdown),
 * by seeded resampling of recorded forks. Prints a markdown table.
 */
@Command(name = "gate-calibrate", mixinStandardHelpOptions = true,
        description = {"Measure the gate's false-alarm rate and power by resampling recorded forks.",
                "A/A:   --aa PATH... (all forks of one build, pooled and split in two halves per trial)",
                "power: --baseline PATH... --candidate PATH... (a recording with a known slowdown)"})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--aa", arity = "1..*", paramLabel = "PATH", description = "JMH JSON of one build (e.g. both sides of an A/A run).")
    List<Path> aa;

    @Option(names = "--baseline", arity = "1..*", paramLabel = "PATH")
    List<Path> baseline;

    @Option(names = "--candidate", arity = "1..*", paramLabel = "PATH")
    List<Path> candidate;

    @Option(names = "--forks", defaultValue = "10", description = "Forks per side in each resampled gate run (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--trials", defaultValue = "500", description = "Resampled gate runs (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--seed", defaultValue = "1", description = "Resampling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    GateOptions judging;

    @Option(names = "--label", defaultValue = "", description = "Label for the table rows, e.g. 'A/A' or '10%% slowdown'.")
    String label;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (forks < 2 || trials < 1) {
                throw new IllegalArgumentException("--forks must be >= 2 and --trials >= 1, got " + forks + ", " + trials);
            }
            if ((aa == null) == (baseline == null && candidate == null) || (aa == null && (baseline == null || candidate == null))) {
                throw new IllegalArgumentException("give either --aa PATH..., or both --baseline and --candidate");
            }
            GateSettings settings = judging.settings(Thresholds.of(judging.delta()));
            List<GateCalibration.Rates> rates = new ArrayList<>();
            if (aa != null) {
                // GateInput pools equal keys across files: both sides of an A/A run become one pool.
                for (BenchmarkSeries s : judging.load("aa", aa).values()) {
                    rates.add(GateCalibration.aa(s, forks, trials, seed, settings));
                }
            } else {
                Map<String, BenchmarkSeries> b = judging.load("baseline", baseline);
                Map<String, BenchmarkSeries> c = judging.load("candidate", candidate);
                for (var e : b.entrySet()) {
                    if (c.containsKey(e.getKey())) {
                        rates.add(GateCalibration.power(e.getValue(), c.get(e.getKey()), forks, trials, seed, settings));
                    }
                }
                if (rates.isEmpty()) {
                    throw new GateInputException("no benchmark is present in both --baseline and --candidate");
                }
            }
            out.println("| run | benchmark | forks/side | trials | FAIL | 95% Wilson | INCONCLUSIVE | PASS |");
            out.println("|---|---|---:|---:|---:|---|---:|---:|");
            for (GateCalibration.Rates r : rates) {
                double[] w = r.wilson(Verdict.FAIL);
                out.printf(Locale.ROOT, "| %s | `%s` | %d | %d | %.1f%% | [%.1f%%, %.1f%%] | %.1f%% | %.1f%% |%n", label, r.key(), r.forks(),
                        r.trials(), 100 * r.rate(Verdict.FAIL), 100 * w[0], 100 * w[1], 100 * r.rate(Verdict.INCONCLUSIVE),
                        100 * r.rate(Verdict.PASS));
            }
            out.flush();
            return ExitCode.OK;
        } catch (GateInputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
