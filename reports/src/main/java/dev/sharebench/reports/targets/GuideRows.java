package dev.sharebench.reports.targets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.Metric;
import dev.sharebench.reports.jmh.Units;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.targets.GuideCatalog.Counterpart;
import dev.sharebench.reports.targets.GuideCatalog.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic guides beside Java: for each guide, its Python case's value in this run (the
 * geometric mean of every measurement in {@code reference/pairs/<id>.jsonl}, taken right before and
 * after the paired Java forks) and, per matching JMH run of each counterpart, the Java value and
 * the ratio Java/Python in the Python value's own direction (time per operation, or a rate). These
 * are reference rows: they never enter a ranking or a recommendation. A guide without a Python
 * measurement (no python3, the reference stage skipped, every run failed) has no rows and a note;
 * an unreadable pairs file is an error naming it.
 */
public final class GuideRows {

    /**
     * One Python-versus-Java row; {@code workload} is the Java run's workload (the section the row
     * also appears in), {@code javaForks} the forks its value pools (0: a file without raw data).
     * Values are ready to print.
     */
    public record Row(String guide, String classic, String python, String pythonValue, int pythonRuns,
                      String workload, String mechanism, String java, String javaValue, int javaForks, double ratio, String ratioText,
                      String verdict, String note) {
    }

    /** Every row, in guide order, and the notes on what was not measured. */
    public record Result(List<Row> rows, List<String> notes) {

        public List<Row> ofWorkload(String workload) {
            return rows.stream().filter(r -> r.workload().equals(workload)).toList();
        }
    }

    private final ResultsDir dir;
    private final Analysis analysis;

    public GuideRows(ResultsDir dir, Analysis analysis) {
        this.dir = dir;
        this.analysis = analysis;
    }

    public Result evaluate(List<Guide> guides) throws BadInputException {
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int unmeasured = 0;
        for (Guide g : guides) {
            Path pairs = dir.root().resolve("reference").resolve("pairs").resolve(g.id() + ".jsonl");
            List<Double> values = Files.exists(pairs) ? pythonValues(pairs, g) : List.of();
            if (values.isEmpty()) {
                unmeasured++;
                notes.add(g.id() + " (" + g.classic() + "): no Python measurement in this run"
                        + (Files.exists(pairs) ? " (every run of " + g.python().describe() + " failed: " + pairs + ")" : "") + ".");
                continue;
            }
            double python = Math.exp(values.stream().mapToDouble(Math::log).average().orElseThrow());
            boolean rate = isRate(g.pythonUnit());
            for (Counterpart c : g.counterparts()) {
                for (BenchmarkRun run : matches(c)) {
                    rows.add(row(g, python, values.size(), rate, c, run));
                }
            }
        }
        if (!guides.isEmpty() && unmeasured == guides.size()) {
            notes.clear();
            notes.add("The Python reference rows are absent: this run has no Python measurement (python3 was not found, "
                    + "or the reference stage was skipped). They need python3 and nothing else.");
        }
        return new Result(List.copyOf(rows), List.copyOf(notes));
    }

    private Row row(Guide g, double python, int runs, boolean rate, Counterpart c, BenchmarkRun run) {
        Metric m = analysis.ranked(run);
        Estimate median = analysis.median(m);
        double java = median.value() * Units.toBase(m.unit());
        String pythonText = value(python, rate, g.pythonUnit());
        String javaDesc = c.java().describe().replaceFirst("mechanism=\\S+", "mechanism=" + run.mechanism());
        if (rate != Units.isThroughput(m.unit()) || !Double.isFinite(java)) {
            return new Row(g.id(), g.classic(), g.python().describe(), pythonText, runs, run.workload(), run.mechanism(), javaDesc,
                    "-", median.forks(), Double.NaN, "not comparable", "Java's " + m.unit() + " and Python's " + g.pythonUnit() + " are not the same kind", c.note());
        }
        double ratio = java / python;
        boolean javaFaster = rate ? ratio > 1 : ratio < 1;
        double factor = javaFaster == rate ? ratio : 1 / ratio;
        String verdict = "Java " + Format.times(factor) + "\u00d7 " + (javaFaster ? "faster" : "slower");
        return new Row(g.id(), g.classic(), g.python().describe(), pythonText, runs, run.workload(), run.mechanism(), javaDesc,
                value(java, rate, "ops/s"), median.forks(), ratio, Format.times(ratio) + "\u00d7", verdict, c.note());
    }

    /* Python's values in base units (ns per op, or per second), from the guide's field of each line. */
    private static List<Double> pythonValues(Path pairs, Guide g) throws BadInputException {
        List<Double> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(pairs);
        } catch (IOException e) {
            throw new BadInputException(pairs, "cannot read: " + e.getMessage(), e);
        }
        double toBase = isRate(g.pythonUnit()) ? 1 : Units.nanosPer(g.pythonUnit());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode j;
            try {
                j = Json.MAPPER.readTree(lines.get(i));
            } catch (IOException e) {
                throw new BadInputException(pairs, "line " + (i + 1) + " is not JSON: " + e.getMessage());
            }
            JsonNode v = g.pythonField().equals("value") ? j.path("value") : j.path("result").path(g.pythonField());
            if (!j.has("error") && v.isNumber() && v.asDouble() > 0) {
                out.add(v.asDouble() * toBase);
            }
        }
        return out;
    }

    private List<BenchmarkRun> matches(Counterpart c) {
        return dir.runs().stream().filter(r -> r.shortName().equals(c.java().bench())
                && c.java().params().entrySet().stream().allMatch(p -> r.params().containsKey(p.getKey())
                        && p.getValue().contains(r.params().get(p.getKey())))).toList();
    }

    private static boolean isRate(String unit) {
        return unit.endsWith("/s");
    }

    private static String value(double v, boolean rate, String unit) {
        return rate ? Format.num(v) + " " + unit : Targets.time(v);
    }
}
