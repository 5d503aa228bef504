package dev.sharebench.reports.canary;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's canary, read and judged once: its points, every shift between them and the drifts, with
 * the sentences the report and the gate print about them. The gate adds which of its comparisons
 * straddle a drift; the report only warns.
 */
public final class CanaryFindings {

    /** The sub-folder of a run (run-all or gate A/B) that holds the canary points. */
    public static final String DIR = "canary";

    private final List<CanaryPoint> points;
    private final double margin;
    private final List<CanaryShift> shifts;
    private final List<CanaryShift> drifts;

    private CanaryFindings(List<CanaryPoint> points, CanaryDrift rule) {
        this.points = List.copyOf(points);
        this.margin = rule.margin();
        this.shifts = rule.compare(points);
        this.drifts = rule.drifts(points);
    }

    /** No canary: nothing to say, nothing changed. */
    public static CanaryFindings none() {
        return new CanaryFindings(List.of(), new CanaryDrift(CanaryDrift.DEFAULT_MARGIN));
    }

    public static CanaryFindings of(List<CanaryPoint> points, double margin) {
        return new CanaryFindings(points, new CanaryDrift(margin));
    }

    /** Reads a canary folder ({@link CanaryPoints}); IllegalArgumentException for a bad margin. */
    public static CanaryFindings read(Path dir, double margin) throws BadInputException {
        CanaryDrift rule = new CanaryDrift(margin);
        return new CanaryFindings(CanaryPoints.load(dir), rule);
    }

    /** The drifts, each between the two nearest points that show it. */
    public List<CanaryShift> drifts() {
        return drifts;
    }

    /** One warning per drift, for the first lines of a document: which canary moved, how far, between which points. */
    public List<String> warnings() {
        return drifts.stream().map(d -> "the machine changed during this run: " + d.describe() + ".").toList();
    }

    /** The canary's numbers for a document's notes: per benchmark, its value at each point and its largest move. */
    public List<String> notes() {
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
