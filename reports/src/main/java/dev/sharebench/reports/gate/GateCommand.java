package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reports gate --baseline B --candidate C}: the CI performance regression gate. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Compare a candidate run with a baseline run; exit 0 pass, 1 regression, 2 bad input.",
                "Writes gate.md, gate.json, gate-junit.xml, gate-forest.png and gate-forest.svg to --out."})
public final class GateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--baseline", required = true, arity = "1..*", paramLabel = "PATH",
            description = "JMH JSON file(s) or directories of them (any JMH project).")
    List<Path> baseline;

    @Option(names = "--candidate", required = true, arity = "1..*", paramLabel = "PATH",
            description = "JMH JSON file(s) or directories of them.")
    List<Path> candidate;

    @Option(names = "--out", defaultValue = "gate-results", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    GateOptions judging;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "Per-benchmark deltas: lines '<regex> = <delta>'.")
    Path thresholds;

    @Option(names = "--alpha", defaultValue = "0.05", description = "FDR level of the Benjamini-Hochberg rank-test cross-check (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--seed-note", paramLabel = "SEED", description = "A/B order seed to record in the outputs (gate.sh passes it).")
    String seedNote;

    @Option(names = "--missing-note", paramLabel = "FILE", description = "File listing profiles that matched no benchmark (gate.sh --allow-missing).")
    Path missingNote;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        try {
            GateSettings settings = settings();
            GateResult result = GateAnalysis.analyze(judging.load("baseline", baseline), judging.load("candidate", candidate), settings);
            List<String> notes = notes();
            write(result, notes);
            for (BenchmarkJudgement c : result.judgements()) {
                outw.printf(Locale.ROOT, "%-17s %s  ratio %s  (%s)%n", c.verdict().label(), c.key(),
                        Double.isNaN(c.ratio().value()) ? "-" : String.format(Locale.ROOT, "%.3f", c.ratio().value()), c.reason());
            }
            result.onlyBaseline().forEach(k -> outw.println("baseline only     " + k));
            result.onlyCandidate().forEach(k -> outw.println("candidate only    " + k));
            outw.println("gate report: " + out.resolve("gate.md"));
            outw.flush();
            if (result.judgements().isEmpty()) {
                err.println("error: no benchmark is present on both sides (" + baseline + " vs " + candidate + "): nothing to gate");
                return ExitCode.BAD_INPUT;
            }
            if (result.judged() == 0) {
                err.println("error: every compared benchmark has insufficient data (fewer than " + settings.minForks()
                        + " forks a side): the gate cannot judge anything; record more forks");
                return ExitCode.BAD_INPUT;
            }
            return result.regression() ? ExitCode.FAIL : ExitCode.OK;
        } catch (GateInputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot write the gate report to " + out + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private GateSettings settings() throws GateInputException {
        double delta = judging.delta();
        if (!(alpha > 0 && alpha < 1)) {
            throw new GateInputException("--alpha must be in (0, 1), got " + alpha);
        }
        Thresholds t = thresholds == null ? Thresholds.of(delta) : Thresholds.load(delta, thresholds);
        return judging.settings(t).withAlpha(alpha);
    }

    private List<String> notes() throws GateInputException {
        List<String> notes = new ArrayList<>();
        notes.add("SampleTime benchmarks are compared by each iteration's " + judging.sampleStatistic.toLowerCase(Locale.ROOT)
                + " sampled operation time (--sample-statistic).");
        if (seedNote != null) {
            notes.add("A/B fork order seed: " + seedNote + " (rerun gate.sh with --seed " + seedNote + " to repeat the order)");
        }
        if (missingNote != null) {
            try {
                Files.readAllLines(missingNote).stream().filter(l -> !l.isBlank())
                        .forEach(l -> notes.add("profile matched no benchmark (allowed by --allow-missing): " + l));
            } catch (IOException e) {
                throw new GateInputException("--missing-note " + missingNote + ": cannot read: " + e.getMessage(), e);
            }
        }
        return notes;
    }

    private void write(GateResult result, List<String> notes) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("gate.md"), GateMarkdown.render(result, notes));
        GateJson.write(result, notes, out.resolve("gate.json"));
        GateJUnit.write(result, out.resolve("gate-junit.xml"));
        ForestPlot.write(result, out, "gate-forest");
    }
}
