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
 * Values are in base units: ns/op for times, per second for rates (ops/s, msg/s); a ratio of a
 * time to a rate is refused ("not measured": the units disagree). A selector that matches nothing,
 * or a reference that was not measured, makes the row "not measured", never an error; an
 * unreadable pairs file is an error naming it. A value whose interval straddles the limit is
 * "inconclusive", neither met nor missed. Context rows (other mechanisms against the same
 * reference) are shown beside the judged one and never judged.
 */
public final class Targets {

    public static final String MET = "met";
    public static final String NOT_MET = "NOT MET";
    public static final String INCONCLUSIVE = "inconclusive";
    /* Below the interval rule's forks a ratio has no interval: its side of the limit is one draw, said as such and counted apart. */
    public static final String MET_ONE_VALUE = "met by a value without CI";
    public static final String NOT_MET_ONE_VALUE = "NOT MET by a value without CI";
    public static final String NOT_MEASURED = "not measured";

    /**
     * One evaluated row; {@code ratio} is NaN when not measured, and {@code reason} then says why.
     * {@code lower}/{@code upper} are the interval (NaN without one); {@code forks} the fork pairs or forks used;
     * {@code context} the context rows' ratios, ready to print ("" without context rows).
     */
    public record Result(String id, String anchor, String title, String statement, String measured, String reference,
                         double ratio, double lower, double upper, int forks, double limit, String direction, String verdict,
                         String reason, String context) {

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

        /** Whether the point estimate alone is on the met side of the limit (false when not measured). */
        public boolean estimateMeets() {
            return Double.isFinite(ratio) && (direction.equals("<=") ? ratio <= limit : ratio >= limit);
        }

        /** The verdict as printed: an inconclusive one says on which side of the limit the estimate fell. */
        public String verdictText() {
            if (!verdict.equals(INCONCLUSIVE)) {
                return verdict;
            }
            return INCONCLUSIVE + " (the interval straddles the limit; the estimate alone would " + (estimateMeets() ? "meet" : "miss")
                    + " it)";
        }
    }

    private final ResultsDir dir;
    private final Analysis analysis;
    private final IntervalRule rule = IntervalRule.defaults();
    private final Map<String, List<Pair>> pairs = new HashMap<>();

    /**
     * One reference measurement around a fork: {@code value} in ns for a time, per second for a rate
     * ({@code unit} then names it, e.g. msg/s; "ns" for a time); {@code cell} is the runner's label of the
     * cell it was measured for ({@code RttBench.roundTrip mechanism=manager-uds placement=os}), or null in older files.
     */
    record Pair(int fork, String when, double value, String unit, String error, String cell) {

        boolean rate() {
            return isRate(unit);
        }

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
                String unit = Json.text(j, "unit", "ns");
                double value = Double.NaN;
                if (error == null) {
                    value = j.path("value").asDouble(Double.NaN);
                    if (!isRate(unit)) {
                        try {
                            value *= Units.nanosPer(unit);
                            unit = "ns";
                        } catch (IllegalArgumentException e) {
                            throw new BadInputException(p, "line " + n + ": unit '" + unit + "' is neither a time nor a rate per second");
                        }
                    }
                }
                out.add(new Pair(j.path("fork").asInt(-1), Json.text(j, "when", "?"), value, unit, error, Json.text(j, "cell", null)));
            }
        } catch (IOException e) {
            throw new BadInputException(p, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    /* "msg/s", "items/s": a rate per second (a reference program prints rates per second, times in ns..s). */
    private static boolean isRate(String unit) {
        return unit.endsWith("/s");
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
                Double.NaN, Double.NaN, Double.NaN, 0, t.limit(), t.direction(), NOT_MEASURED, NOT_MEASURED + ": " + why, contextText(t));
    }

    /*
     * The catalogue names one mechanism for the judged side (core's Target refuses more); a run made
     * with an older catalogue may match several, and then the best one is judged and marked "best of n".
     */
    private Result benchVersusReference(Target t, String anchor, Selector benchSel, Selector refSel, List<BenchmarkRun> runs) {
        BenchmarkRun run = best(runs);
        Paired p = paired(t, refSel, run);
        if (p.missing() != null) {
            return notMeasured(t, anchor, benchSel, refSel, p.missing());
        }
        String measured = run.shortName() + " " + Analysis.label(run) + (runs.size() > 1 ? " (best of " + runs.size() + ")" : "")
                + " (" + forks(p.javaForks()) + "): " + p.javaValue();
        String reference = refSel.describe() + " (" + forks(p.forks()) + ", before and after each): " + p.referenceValue();
        return result(t, anchor, measured, reference, p.ratio(), p.forks());
    }

    /**
     * One run against the reference measured around its own forks (each pair names the cell it was
     * measured for): the fork-by-fork ratio, or why there is none ({@code missing}).
     */
    private record Paired(Estimate ratio, int forks, int javaForks, String javaValue, String referenceValue, String missing) {

        static Paired missing(String why) {
            return new Paired(null, 0, 0, null, null, why);
        }
    }

    private Paired paired(Target t, Selector refSel, BenchmarkRun run) {
        List<Pair> ps = pairs.getOrDefault(t.id(), List.of()).stream().filter(p -> p.measuredFor(run)).toList();
        if (ps.isEmpty()) {
            return Paired.missing("no same-run reference measurements (needs " + refSel.needs()
                    + "; run-all's reference stage builds them)");
        }
        String javaUnit = run.primary().unit();
        boolean javaRate = Units.isThroughput(javaUnit);
        String refUnit = ps.stream().filter(p -> p.error() == null).map(Pair::unit).findFirst().orElse(null);
        if (refUnit != null && ps.stream().anyMatch(p -> p.error() == null && p.rate() != javaRate)) {
            return Paired.missing("units disagree: the run's " + javaUnit + " against the reference's "
                    + ps.stream().filter(p -> p.error() == null).map(Pair::unit).distinct().toList());
        }
        double toBase = Units.toBase(javaUnit);
        // Fork f of the merged file is the runner's fork f of this cell (fork files merge in name order, and a
        // workload with a failed fork is left out whole); a fork without a finite value keeps its place (NaN)
        // so that no later fork is paired with another fork's references.
        double[] java = run.primary().iterations(SampleStatistic.MEDIAN).stream().mapToDouble(IntervalRule::forkSummary).toArray();
        List<Double> ratios = new ArrayList<>();
        List<Double> refs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int f = 1; f <= java.length; f++) {
            int fork = f;
            double[] around = ps.stream().filter(p -> p.fork() == fork && Double.isFinite(p.value())).mapToDouble(Pair::value).toArray();
            ps.stream().filter(p -> p.fork() == fork && p.error() != null).forEach(p -> errors.add(p.error()));
            if (around.length == 0 || !Double.isFinite(java[f - 1])) {
                continue;
            }
            double ref = Math.exp(Arrays.stream(around).map(Math::log).average().orElseThrow());
            double j = java[f - 1] * toBase;
            refs.add(ref);
            ratios.add(t.numerator().isBench() ? j / ref : ref / j);
        }
        if (ratios.isEmpty()) {
            return Paired.missing("every reference run failed" + (errors.isEmpty() ? "" : " (" + errors.getFirst() + ")"));
        }
        Estimate r = rule.centerOfSummaries(ratios.stream().mapToDouble(Double::doubleValue).toArray());
        double javaValue = Math.exp(Arrays.stream(java).filter(Double::isFinite).map(v -> Math.log(v * toBase)).average().orElse(Double.NaN));
        double refValue = Math.exp(refs.stream().mapToDouble(Math::log).average().orElse(Double.NaN));
        return new Paired(r, ratios.size(), (int) Arrays.stream(java).filter(Double::isFinite).count(), value(javaValue, javaRate ? "ops/s" : "ns"), value(refValue, refUnit), null);
    }

    /* "context, not judged: manager-uds 1.90× [1.52, 2.37]; manager-uds-busy-poll not in this run", or "" without context rows. */
    private String contextText(Target t) {
        if (t.context().isEmpty()) {
            return "";
        }
        Selector refSel = t.numerator().isBench() ? t.denominator() : t.numerator();
        List<String> parts = new ArrayList<>();
        for (Selector c : t.context()) {
            List<BenchmarkRun> runs = matches(c);
            if (runs.isEmpty()) {
                parts.add(String.join("|", c.params().getOrDefault("mechanism", List.of(c.bench()))) + " not in this run");
            }
            for (BenchmarkRun run : runs) {
                Paired p = paired(t, refSel, run);
                parts.add(Analysis.label(run) + " " + (p.missing() != null ? NOT_MEASURED + " (" + p.missing() + ")"
                        : Format.ratio(p.ratio()) + ", " + p.javaValue()));
            }
        }
        return "context, not judged: " + String.join("; ", parts);
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

    /*
     * Met or NOT MET only when the interval (where there is one) lies on one side of the limit; an interval
     * that straddles it cannot tell, whatever the point estimate says: "inconclusive", counted as neither.
     */
    private Result result(Target t, String anchor, String measured, String reference, Estimate r, int forks) {
        boolean straddles = r.hasInterval() && r.lower() <= t.limit() && t.limit() <= r.upper();
        String verdict = !Double.isFinite(r.value()) ? NOT_MEASURED : straddles ? INCONCLUSIVE
                : !r.hasInterval() ? (t.met(r.value()) ? MET_ONE_VALUE : NOT_MET_ONE_VALUE)
                : t.met(r.value()) ? MET : NOT_MET;
        String reason = Double.isFinite(r.value()) ? r.note() : NOT_MEASURED + ": no finite value";
        return new Result(t.id(), anchor, t.title(), t.statement(), measured, reference, r.value(), r.lower(), r.upper(), forks,
                t.limit(), t.direction(), verdict, reason, contextText(t));
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

    /** "9 met, 2 NOT MET, 3 inconclusive, 1 not measured" (verdicts with no row left out); "" without targets. */
    public static String counts(List<Result> results) {
        List<String> parts = new ArrayList<>();
        for (String v : List.of(MET, NOT_MET, INCONCLUSIVE, MET_ONE_VALUE, NOT_MET_ONE_VALUE, NOT_MEASURED)) {
            long n = results.stream().filter(r -> r.verdict().equals(v)).count();
            if (n > 0) {
                parts.add(n + " " + v);
            }
        }
        return String.join(", ", parts);
    }

    /* A rate in its unit ("ops/s", "msg/s"), or a time in ns/µs. */
    private static String value(double v, String unit) {
        return isRate(unit) ? Format.num(v) + " " + unit : time(v);
    }

    /** ns below 10 µs, else µs. */
    static String time(double ns) {
        return ns < 10_000 ? Format.num(ns) + " ns" : Format.num(ns / 1e3) + " \u00b5s";
    }

    private static String forks(int n) {
        return n == 1 ? "1 fork" : n + " forks";
    }
}
