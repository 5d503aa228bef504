package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.AtomicOutputs;
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
        description = {"Compare a candidate run with a baseline run; exit 0 pass, 1 regression (or, with --proofs, a failed fix),",
                "2 bad input or no verdict (too few forks to judge, or to FAIL at all: the message names the forks needed).",
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

    @Option(names = "--seed-note", paramLabel = "SEED", description = "A/B order seed to record in the outputs (gate.sh passes it).")
    String seedNote;

    @Option(names = "--proofs", paramLabel = "DIR",
            description = "The candidate's proof records (results/<run-id>/proofs): correctness beside the verdicts; a fixed variant that failed fails the gate.")
    Path proofs;

    @Option(names = "--missing-note", paramLabel = "FILE", description = "File listing profiles that matched no benchmark (gate.sh --allow-missing).")
    Path missingNote;

    @Option(names = "--invocation", paramLabel = "CMD",
            description = "The command that recorded these forks (gate.sh passes its own): gate.md quotes it with --forks N when more are needed.")
    String invocation;

    @Mixin
    CanaryOptions canary;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        try {
            GateSettings settings = judging.settings();
            ProofSection correctness = proofs == null ? null : ProofSection.load(proofs);
            MachineChange machine = canary.read();
            GateResult judged = GateAnalysis.analyze(judging.load("baseline", baseline), judging.load("candidate", candidate), settings);
            GateResult result = machine.apply(judged);
            RunVerdict verdict = RunVerdict.of(result, invocation, machine.changed(judged));
            List<String> warnings = machine.warnings(judged);
            GateOutputs.write(out, new GateReport(verdict, warnings, result, notes(machine)), correctness);
            if (correctness != null) {
                correctness.regressions().forEach(c -> outw.println("PROOF FAILED      " + c.name() + " (" + c.message() + ")"));
            }
            warnings.forEach(w -> outw.println("WARNING: " + w));
            for (BenchmarkJudgement c : result.judgements()) {
                outw.printf(Locale.ROOT, "%-17s %s  ratio %s  MDE %s  (%s)%n", c.verdict().label(), c.key(),
                        Double.isNaN(c.ratio().value()) ? "-" : String.format(Locale.ROOT, "%.3f", c.ratio().value()),
                        GateAnalysis.percent(c.mde()), c.reason());
            }
            result.onlyBaseline().forEach(k -> outw.println("baseline only     " + k));
            result.onlyCandidate().forEach(k -> outw.println("candidate only    " + k));
            outw.println("gate: " + verdict.headline() + " (" + out.resolve("gate.md") + ")");
            outw.flush();
            if (verdict.exitCode() == ExitCode.BAD_INPUT) {
                err.println("error: " + verdict.headline() + ": " + verdict.remedy());
            }
            if (correctness != null && correctness.regression()) {
                return ExitCode.FAIL;   // a fixed variant that failed: gate.md leads with "Correctness (proofs): FAIL"
            }
            return verdict.exitCode();
        } catch (GateInputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: the gate report was not written to " + out + " (the previous one, if any, is unchanged): " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private List<String> notes(MachineChange machine) throws GateInputException {
        List<String> notes = new ArrayList<>();
        notes.add("SampleTime benchmarks are compared by each iteration's " + judging.sampleStatistic.toLowerCase(Locale.ROOT)
                + " sampled operation time (--sample-statistic).");
        if (seedNote != null) {
            notes.add("A/B fork order seed: " + seedNote + " (rerun gate.sh with --seed " + seedNote + " to repeat the order)");
        }
        notes.addAll(canary.notes(machine));
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
}
