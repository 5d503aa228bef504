package dev.sharebench.reports.gate;

import dev.sharebench.reports.canary.CanaryFindings;
import dev.sharebench.reports.canary.CanaryShift;
import dev.sharebench.reports.common.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/*
 * The canary's findings applied to a gate run. An A/B run measures the canary at its start, middle
 * and end; when a canary drifted between two points, the machine changed in between, and a
 * comparison whose forks were recorded on both sides of that change is INCONCLUSIVE, never FAIL or
 * PASS: its forks mix two machine states.
 *
 * Which comparisons straddle a drift: in an A/B run, fork i of every benchmark was recorded in
 * round i (BenchmarkSeries), and points.tsv says how many rounds came before each point. A drift
 * between point P (after round rP) and a later point happened during rounds rP+1 and on; a
 * comparison with k forks a side used rounds 1..k, so it straddles the drift when k > rP. In a
 * plain run every set runs in every round, so every comparison straddles a drift seen anywhere
 * before the end; only a drift during reruns spares the sets that were not rerun. When the rounds
 * are unknown, every comparison straddles.
 */
final class MachineChange {

    private final CanaryFindings canary;

    private MachineChange(CanaryFindings canary) {
        this.canary = canary;
    }

    /** No canary: nothing to say, nothing changed. */
    static MachineChange none() {
        return new MachineChange(CanaryFindings.none());
    }

    static MachineChange read(Path canaryDir, double margin) throws GateInputException {
        try {
            return new MachineChange(CanaryFindings.read(canaryDir, margin));
        } catch (BadInputException e) {
            throw new GateInputException("--canary: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new GateInputException("--canary-margin: " + e.getMessage(), e);
        }
    }

    /** The drifts, each between the two nearest points that show it. */
    List<CanaryShift> drifts() {
        return canary.drifts();
    }

    /** One line per drift, for the first lines of gate.md and of the console. */
    List<String> warnings(GateResult r) {
        List<String> out = new ArrayList<>();
        for (CanaryShift d : drifts()) {
            long hit = r.judgements().stream().filter(j -> straddles(j, d)).count();
            out.add(String.format(Locale.ROOT, "the machine changed during this run: %s; %d comparison(s) whose forks straddle it "
                    + "are INCONCLUSIVE.", d.describe(), hit));
        }
        return out;
    }

    /** The run with every FAIL or PASS whose forks straddle a drift made INCONCLUSIVE. */
    GateResult apply(GateResult r) {
        if (drifts().isEmpty()) {
            return r;
        }
        List<BenchmarkJudgement> out = new ArrayList<>();
        for (BenchmarkJudgement j : r.judgements()) {
            CanaryShift d = drifts().stream().filter(x -> straddles(j, x)).findFirst().orElse(null);
            boolean decided = j.verdict() == Verdict.FAIL || j.verdict() == Verdict.PASS;
            out.add(d == null || !decided ? j : j.withVerdict(Verdict.INCONCLUSIVE, "the machine changed under its forks ("
                    + d.describe() + "); without that it would be " + j.verdict().label() + ": " + j.reason()));
        }
        return r.withJudgements(out);
    }

    /** How many comparisons {@link #apply} turned from FAIL or PASS into INCONCLUSIVE. */
    long changed(GateResult before) {
        return before.judgements().stream().filter(j -> j.verdict() == Verdict.FAIL || j.verdict() == Verdict.PASS)
                .filter(j -> drifts().stream().anyMatch(d -> straddles(j, d))).count();
    }

    static boolean straddles(BenchmarkJudgement j, CanaryShift d) {
        int before = d.from().afterRound();
        return before < 0 || Math.max(j.baselineForks(), j.candidateForks()) > before;
    }

    /** The canary's numbers for the notes: per benchmark, its value at each point and its largest move. */
    List<String> notes() {
        return canary.notes();
    }
}
