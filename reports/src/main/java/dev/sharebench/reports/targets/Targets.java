package dev.sharebench.reports.targets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.Anchors;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.SamplePercentiles;
import dev.sharebench.reports.jmh.Units;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.targets.TargetCatalog.Selector;
import dev.sharebench.reports.targets.TargetCatalog.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the performance targets against one run: point estimates only (ratio of two medians or
 * p50s), in base units (ns/op, ops/s). A selector that matches nothing, or a missing reference
 * file, makes the row "not measured", never an error; an unreadable reference file is an error.
 */
public final class Targets {

    public static final String MET = "met";
    public static final String NOT_MET = "NOT MET";
    public static final String NOT_MEASURED = "not measured";

    /** One evaluated row; {@code ratio} is NaN when not measured, and {@code reason} then says why. */
    public record Result(String id, String anchor, String title, String statement, String measured, String reference,
                         double ratio, double limit, String direction, String verdict, String reason) {

        /** "0.97×", or the reason it is not measured. */
        public String ratioText() {
            return Double.isFinite(ratio) ? Format.times(ratio) + "\u00d7" : reason;
        }

        /** "≤ 1.5×" */
        public String limitText() {
            return (direction.equals("<=") ? "\u2264 " : "\u2265 ") + Format.times(limit) + "\u00d7";
        }
    }

    /** One side of a ratio: a value in base units ({@code ns} or {@code ops/s}) and how it was found. */
    record Side(double value, String baseUnit, String text) {
    }

    private final ResultsDir dir;
    private final Analysis analysis;
    private final Map<String, Optional<JsonNode>> references = new HashMap<>();

    public Targets(ResultsDir dir, Analysis analysis) {
        this.dir = dir;
        this.analysis = analysis;
    }

    /** Reads the reference files the targets name (an unreadable one is an error), then evaluates each target. */
    public List<Result> evaluate(List<Target> targets) throws BadInputException {
        for (Target t : targets) {
            for (Selector s : List.of(t.numerator(), t.denominator())) {
                if (!s.isBench() && !references.containsKey(s.reference())) {
                    Path p = dir.root().resolve("reference").resolve(s.reference());
                    references.put(s.reference(), Files.exists(p) ? Optional.of(Json.read(p)) : Optional.empty());
                }
            }
        }
        return targets.stream().map(this::evaluate).toList();
    }

    private Result evaluate(Target t) {
        String anchor = "target-" + Anchors.slug(t.id());
        // the JMH side is "measured"; with two JMH sides, the numerator
        boolean numeratorMeasured = t.numerator().isBench() || !t.denominator().isBench();
        Selector measuredSel = numeratorMeasured ? t.numerator() : t.denominator();
        Selector referenceSel = numeratorMeasured ? t.denominator() : t.numerator();
        String missing = missing(t.numerator()).or(() -> missing(t.denominator())).orElse(null);
        if (missing != null) {
            return new Result(t.id(), anchor, t.title(), t.statement(), measuredSel.describe(), referenceSel.describe(),
                    Double.NaN, t.limit(), t.direction(), NOT_MEASURED, NOT_MEASURED + ": " + missing);
        }
        Side num = side(t.numerator());
        Side den = side(t.denominator());
        if (Double.isFinite(num.value()) && Double.isFinite(den.value()) && !num.baseUnit().equals(den.baseUnit())) {
            throw new IllegalStateException("target " + t.id() + ": " + num.baseUnit() + " / " + den.baseUnit() + " is not a ratio of like units");
        }
        double ratio = num.value() / den.value();
        String verdict = !Double.isFinite(ratio) ? NOT_MEASURED : t.met(ratio) ? MET : NOT_MET;
        return new Result(t.id(), anchor, t.title(), t.statement(), (numeratorMeasured ? num : den).text(),
                (numeratorMeasured ? den : num).text(), ratio, t.limit(), t.direction(), verdict,
                Double.isFinite(ratio) ? "" : NOT_MEASURED + ": no finite value");
    }

    /** Why a selector cannot be evaluated in this run, if it cannot. */
    private Optional<String> missing(Selector s) {
        if (s.isBench()) {
            return matches(s).isEmpty() ? Optional.of(s.describe() + " is not in this run") : Optional.empty();
        }
        Optional<JsonNode> ref = reference(s.reference());
        if (ref.isEmpty()) {
            return Optional.of("no reference/" + s.reference() + " (needs " + s.needs() + ")");
        }
        return at(ref.get(), s.path()).isNumber() ? Optional.empty()
                : Optional.of("reference/" + s.reference() + " has no number at " + s.path());
    }

    private Side side(Selector s) {
        if (!s.isBench()) {
            JsonNode ref = reference(s.reference()).orElseThrow();
            String unit = s.unit() != null ? s.unit() : Json.text(ref, "unit", "ns");
            double ns = at(ref, s.path()).asDouble() * Units.nanosPer(unit);
            return new Side(ns, "ns", s.describe() + ": " + time(ns));
        }
        record Value(BenchmarkRun run, double base) {
        }
        List<Value> values = matches(s).stream().map(r -> new Value(r, statistic(r, s.statistic()) * Units.toBase(r.primary().unit())))
                .filter(v -> Double.isFinite(v.base())).toList();
        if (values.isEmpty()) {
            return new Side(Double.NaN, "?", s.describe() + ": no data");
        }
        boolean higher = values.getFirst().run().primary().higherIsBetter();
        Comparator<Value> byValue = Comparator.comparingDouble(Value::base);
        Value best = values.stream().min(higher ? byValue.reversed() : byValue).orElseThrow();
        String label = best.run().shortName() + " " + Analysis.label(best.run()) + (values.size() > 1 ? " (best of " + values.size() + ")" : "");
        String text = label + " " + s.statistic() + ": " + (higher ? Format.num(best.base()) + " ops/s" : time(best.base()));
        return new Side(best.base(), higher ? "ops/s" : "ns", text);
    }

    /** The report's median estimate, or the p50 of the SampleTime histogram pooled over forks (metric's unit). */
    private double statistic(BenchmarkRun r, String statistic) {
        if (statistic.equals("p50")) {
            return SamplePercentiles.of(r.primary()).getOrDefault("p50", Double.NaN);
        }
        return analysis.median(r.primary()).value();
    }

    private List<BenchmarkRun> matches(Selector s) {
        return dir.runs().stream().filter(r -> r.shortName().equals(s.bench())
                && s.params().entrySet().stream().allMatch(p -> p.getValue().contains(r.params().get(p.getKey())))).toList();
    }

    private Optional<JsonNode> reference(String file) {
        return references.getOrDefault(file, Optional.empty());
    }

    private static JsonNode at(JsonNode root, String dottedPath) {
        JsonNode n = root;
        for (String part : dottedPath.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }

    /** ns below 10 µs, else µs. */
    static String time(double ns) {
        return ns < 10_000 ? Format.num(ns) + " ns" : Format.num(ns / 1e3) + " \u00b5s";
    }
}
