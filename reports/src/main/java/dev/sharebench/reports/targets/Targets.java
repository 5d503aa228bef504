package dev.sharebench.reports.targets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.Anchors;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.SampleStatistic;
import dev.sharebench.reports.jmh.Units;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.targets.TargetCatalog.Selector;
import dev.sharebench.reports.targets.TargetCatalog.Target;
import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.stats.IntervalRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the performance targets against one run. A target whose other side is a reference
 * program is judged fork by fork: each fork of the Java side against the geometric mean of the
 * reference measured right before and right after it ({@code reference/pairs/<target>.jsonl}),
 * and the ratios of all forks give the value and its interval by the suite's interval rule. A
 * target of two benchmarks is the ratio of their best runs, with the same rule's Welch interval.
 * Values are in base units (ns/op, ops/s). A selector that matches nothing, or a reference that
 * was not measured, makes the row "not measured", never an error; an unreadable pairs file is an
 * error naming it.
 */
public final class Targets {

    public static final String MET = "met";
    public static final String NOT_MET = "NOT MET";
    public static final String NOT_MEASURED = "not measured";

    /**
     * One evaluated row; {@code ratio} is NaN when not measured, and {@code reason} then says why.
     * {@code lower}/{@code upper} are the interval (NaN without one); {@code forks} the fork pairs or forks used.
     */
    public record Result(String id, String anchor, String title, String statement, String measured, String reference,
                         double ratio, double lower, double upper, int forks, double limit, String direction, String verdict,
                         String reason) {

        /** "0.97× [0.90, 1.05]", "0.97× (no CI: one fork)", or the reason it is not measured. */
        public String ratioText() {
            if (!Double.isFinite(ratio)) {
                return reason;
            }
            String r = Format.times(ratio) + "\u00d7";
            if (Double.isFinite(lower) && Double.isFinite(upper)) {
                return r + " [" + Format.times(lower) + ", " + Format.times(upper) + "]";
            }
            return reason.isEmpty() ? r : r + " (" + reason + ")";
        }

        /** "≤ 1.5×" */
        public String limitText() {
            return (direction.equals("<=") ? "\u2264 " : "\u2265 ") + Format.times(limit) + "\u00d7";
        }

        /** Whether the whole interval lies on one side of the limit (false without an interval). */
        public boolean clear() {
            return Double.isFinite(lower) && Double.isFinite(upper) && (upper < limit || lower > limit);
        }
    }

    private final ResultsDir dir;
    private final Analysis analysis;
    private final IntervalRule rule = IntervalRule.defaults();
    private final Map<String, List<Pair>> pairs = new HashMap<>();

    /**
     * One reference measurement around a fork; {@code cell} is the runner's label of the cell it was
     * measured for ({@code RttBench.roundTrip mechanism=manager-uds placement=os}), or null in older files.
     */
    record Pair(int fork, String when, double ns, String error, String cell) {

        /** Whether this pair was measured around a fork of {@code run}: every {@code key=value} of its cell is one of the run's. */
        boolean measuredFor(BenchmarkRun run) {
            if (cell == null) {
                return true;
            }
            for (String token : cell.split(" ")) {
                int eq = token.indexOf('=');
                if (eq > 0 && !token.substring(eq + 1).equals(run.params().get(token.substring(0, eq)))) {
                    return false;
                }
            }
            return true;
        }
    }

    public Targets(ResultsDir dir, Analysis analysis) {
        this.dir = dir;
        this.analysis = analysis;
    }

    /** Reads the pairs files the targets need (an unreadable one is an error), then evaluates each target. */
    public List<Result> evaluate(List<Target> targets) throws BadInputException {
        for (Target t : targets) {
            Path p = dir.root().resolve("reference").resolve("pairs").resolve(t.id() + ".jsonl");
            if (Files.exists(p)) {
                pairs.put(t.id(), readPairs(p));
            }
        }
        return targets.stream().map(this::evaluate).toList();
    }

    static List<Pair> readPairs(Path p) throws BadInputException {
        List<Pair> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(p)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j;
                try {
                    j = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    throw new BadInputException(p, "line " + n + " is not JSON: " + e.getMessage());
                }
                String error = Json.text(j, "error", null);
                double ns = Double.NaN;
                if (error == null) {
                    try {
                        ns = j.path("value").asDouble(Double.NaN) * Units.nanosPer(Json.text(j, "unit", "ns"));
                    } catch (IllegalArgumentException e) {
                        // a rate, not a time: kept in its own unit (msg/s): the other side is then a rate too
                        ns = j.path("value").asDouble(Double.NaN);
                    }
                }
                out.add(new Pair(j.path("fork").asInt(-1), Json.text(j, "when", "?"), ns, error, Json.text(j, "cell", null)));
            }
        } catch (IOException e) {
            throw new BadInputException(p, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    private Result evaluate(Target t) {
        String anchor = "target-" + Anchors.slug(t.id());
        boolean numeratorMeasured = t.numerator().isBench() || !t.denominator().isBench();
        Selector benchSel = numeratorMeasured ? t.numerator() : t.denominator();
        Selector otherSel = numeratorMeasured ? t.denominator() : t.numerator();
        List<BenchmarkRun> runs = matches(benchSel);
        if (runs.isEmpty()) {
            return notMeasured(t, anchor, benchSel, otherSel, benchSel.describe() + " is not in this run");
        }
        return otherSel.isBench() ? benchVersusBench(t, anchor, runs) : benchVersusReference(t, anchor, benchSel, otherSel, runs);
    }

    private Result notMeasured(Target t, String anchor, Selector measured, Selector reference, String why) {
        return new Result(t.id(), anchor, t.title(), t.statement(), measured.describe(), reference.describe(),
                Double.NaN, Double.NaN, Double.NaN, 0, t.limit(), t.direction(), NOT_MEASURED, NOT_MEASURED + ": " + why);
    }

    /*
     * Several runs can match the bench side (e.g. one alias per wait strategy): the best one is judged,
     * against the references measured around ITS forks (each pair names the cell it was measured for).
     */
    private Result benchVersusReference(Target t, String anchor, Selector benchSel, Selector refSel, List<BenchmarkRun> runs) {
        BenchmarkRun run = best(runs);
        List<Pair> ps = pairs.getOrDefault(t.id(), List.of()).stream().filter(p -> p.measuredFor(run)).toList();
        if (ps.isEmpty()) {
            return notMeasured(t, anchor, benchSel, refSel, "no same-run reference measurements (needs " + refSel.needs()
                    + "; run-all's reference stage builds them)");
        }
        double toBase = Units.toBase(run.primary().unit());
        double[] java = IntervalRule.forkSummaries(run.primary().iterations(SampleStatistic.MEDIAN));
        List<Double> ratios = new ArrayList<>();
        List<Double> refs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int f = 1; f <= java.length; f++) {
            int fork = f;
            double[] around = ps.stream().filter(p -> p.fork() == fork && Double.isFinite(p.ns())).mapToDouble(Pair::ns).toArray();
            ps.stream().filter(p -> p.fork() == fork && p.error() != null).forEach(p -> errors.add(p.error()));
            if (around.length == 0) {
                continue;
            }
            double ref = Math.exp(Arrays.stream(around).map(Math::log).average().orElseThrow());
            double j = java[f - 1] * toBase;
            refs.add(ref);
            ratios.add(t.numerator().isBench() ? j / ref : ref / j);
        }
        if (ratios.isEmpty()) {
            return notMeasured(t, anchor, benchSel, refSel, "every reference run failed"
                    + (errors.isEmpty() ? "" : " (" + errors.getFirst() + ")"));
        }
        Estimate r = rule.centerOfSummaries(ratios.stream().mapToDouble(Double::doubleValue).toArray());
        double javaValue = Math.exp(Arrays.stream(java).map(v -> Math.log(v * toBase)).average().orElse(Double.NaN));
        double refValue = Math.exp(refs.stream().mapToDouble(Math::log).average().orElse(Double.NaN));
        String measured = run.shortName() + " " + Analysis.label(run) + (runs.size() > 1 ? " (best of " + runs.size() + ")" : "")
                + " (" + forks(java.length) + "): " + time(javaValue);
        String reference = refSel.describe() + " (" + forks(refs.size()) + ", before and after each): " + time(refValue);
        return result(t, anchor, measured, reference, r, ratios.size());
    }

    private Result benchVersusBench(Target t, String anchor, List<BenchmarkRun> numRuns) {
        List<BenchmarkRun> denRuns = matches(t.denominator());
        if (denRuns.isEmpty()) {
            return notMeasured(t, anchor, t.numerator(), t.denominator(), t.denominator().describe() + " is not in this run");
        }
        BenchmarkRun num = best(numRuns);
        BenchmarkRun den = best(denRuns);
        double toBaseNum = Units.toBase(num.primary().unit());
        double toBaseDen = Units.toBase(den.primary().unit());
        double[] x = Arrays.stream(IntervalRule.forkSummaries(num.primary().iterations(SampleStatistic.MEDIAN))).map(v -> v * toBaseNum).toArray();
        double[] y = Arrays.stream(IntervalRule.forkSummaries(den.primary().iterations(SampleStatistic.MEDIAN))).map(v -> v * toBaseDen).toArray();
        Estimate r = rule.ratioOfSummaries(x, y);
        boolean higher = num.primary().higherIsBetter();
        String unit = higher ? " ops/s" : "";
        String measured = num.shortName() + " " + Analysis.label(num) + (numRuns.size() > 1 ? " (best of " + numRuns.size() + ")" : "")
                + ": " + (higher ? Format.num(analysis.median(num.primary()).value() * toBaseNum) + unit : time(analysis.median(num.primary()).value() * toBaseNum));
        String reference = den.shortName() + " " + Analysis.label(den) + (denRuns.size() > 1 ? " (best of " + denRuns.size() + ")" : "")
                + ": " + (higher ? Format.num(analysis.median(den.primary()).value() * toBaseDen) + unit : time(analysis.median(den.primary()).value() * toBaseDen));
        return result(t, anchor, measured, reference, r, Math.min(x.length, y.length));
    }

    private Result result(Target t, String anchor, String measured, String reference, Estimate r, int forks) {
        String verdict = !Double.isFinite(r.value()) ? NOT_MEASURED : t.met(r.value()) ? MET : NOT_MET;
        String reason = Double.isFinite(r.value()) ? r.note() : NOT_MEASURED + ": no finite value";
        return new Result(t.id(), anchor, t.title(), t.statement(), measured, reference, r.value(), r.lower(), r.upper(), forks,
                t.limit(), t.direction(), verdict, reason);
    }

    /** The run with the best value by the report's estimate (several runs can match a selector's value lists). */
    private BenchmarkRun best(List<BenchmarkRun> runs) {
        boolean higher = runs.getFirst().primary().higherIsBetter();
        Comparator<BenchmarkRun> byValue = Comparator.comparingDouble(r -> analysis.median(r.primary()).value() * Units.toBase(r.primary().unit()));
        return runs.stream().filter(r -> Double.isFinite(analysis.median(r.primary()).value()))
                .min(higher ? byValue.reversed() : byValue).orElse(runs.getFirst());
    }

    private List<BenchmarkRun> matches(Selector s) {
        return dir.runs().stream().filter(r -> r.shortName().equals(s.bench())
                && s.params().entrySet().stream().allMatch(p -> r.params().containsKey(p.getKey())
                        && p.getValue().contains(r.params().get(p.getKey())))).toList(); // a run without the param (older results) is no match
    }

    /** ns below 10 µs, else µs. */
    static String time(double ns) {
        return ns < 10_000 ? Format.num(ns) + " ns" : Format.num(ns / 1e3) + " \u00b5s";
    }

    private static String forks(int n) {
        return n == 1 ? "1 fork" : n + " forks";
    }
}
