package dev.sharebench.reports.gate;

import dev.sharebench.reports.canary.CanaryDrift;
import dev.sharebench.reports.canary.CanaryPoint;
import dev.sharebench.reports.canary.CanaryPoints;
import dev.sharebench.reports.canary.CanaryShift;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final List<CanaryPoint> points;
    private final List<CanaryShift> shifts;
    private final List<CanaryShift> drifts;

    private MachineChange(List<CanaryPoint> points, CanaryDrift rule) {
        this.points = points;
        this.shifts = rule.compare(points);
        this.drifts = rule.drifts(points);
    }

    /** No canary: nothing to say, nothing changed. */
    static MachineChange none() {
        return new MachineChange(List.of(), new CanaryDrift(CanaryDrift.DEFAULT_MARGIN));
    }

    static MachineChange read(Path canaryDir, double margin) throws GateInputException {
        try {
            return new MachineChange(CanaryPoints.load(canaryDir), new CanaryDrift(margin));
        } catch (BadInputException e) {
            throw new GateInputException("--canary: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new GateInputException("--canary-margin: " + e.getMessage(), e);
        }
    }

    /** The drifts, each between the two nearest points that show it. */
    List<CanaryShift> drifts() {
        return drifts;
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

    static boolean straddles(BenchmarkJudgement j, CanaryShift d) {
        int before = d.from().afterRound();
        return before < 0 || Math.max(j.baselineForks(), j.candidateForks()) > before;
    }

    /** The canary's numbers for the notes: per benchmark, its value at each point and its largest move. */
    List<String> notes(double margin) {
        if (points.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Map<String, List<CanaryShift>> byLabel = new LinkedHashMap<>();
        shifts.forEach(s -> byLabel.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s));
        for (var e : byLabel.entrySet()) {
            CanaryShift largest = e.getValue().stream()
                    .max(Comparator.comparingDouble(s -> Math.abs(Math.log(s.ratio().value())))).orElseThrow();
            out.add(String.format(Locale.ROOT, "canary `%s` (%s): %s; largest move x%s (%s to %s)%s", e.getKey(), largest.unit(),
                    values(e.getValue()), Format.times(largest.ratio().value()), largest.from().name(), largest.to().name(),
                    largest.drift() ? ": DRIFT" : String.format(Locale.ROOT, ": no drift beyond %.0f%%", 100 * margin)));
        }
        points.stream().filter(p -> p.benchmarks().isEmpty())
                .forEach(p -> out.add("canary point `" + p.name() + "` has no measurement (the canary failed there; see logs/)"));
        if (byLabel.isEmpty()) {
            out.add("canary: fewer than two points measured, no drift check");
        }
        return out;
    }

    /** "start 0.312, middle 0.315, end 0.320" from the shifts that start at the first point, plus that point. */
    private static String values(List<CanaryShift> shifts) {
        CanaryShift first = shifts.getFirst();
        StringBuilder sb = new StringBuilder(first.from().name() + " " + Format.num(first.fromValue()));
        shifts.stream().filter(s -> s.from() == first.from())
                .forEach(s -> sb.append(", ").append(s.to().name()).append(' ').append(Format.num(s.toValue())));
        return sb.toString();
    }
}
