package dev.sharebench.reports.compare;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.OutputFile;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.jmh.SampleStatistic;
import dev.sharebench.reports.stats.CoverageSimulation;
import dev.sharebench.reports.stats.CoverageSimulation.Coverage;
import dev.sharebench.reports.stats.IntervalRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reports interval-coverage FILE...}: the interval rule's coverage at the fork counts the
 * profiles use, simulated on recorded forks ({@link CoverageSimulation}). Each benchmark (name,
 * mode and parameters) with enough forks across the files is one population; the output is a
 * Markdown table per benchmark and a TSV of the mean and lowest coverage per fork count, which
 * the report quotes in its "Read this first".
 */
@Command(name = "interval-coverage", mixinStandardHelpOptions = true,
        description = {"Measure the interval rule's coverage of a nominal 95%% by simulation on recorded JMH forks:",
            "each benchmark's forks (pooled over FILEs) are a population; simulated runs draw --forks forks from it.",
            "Exit codes: 0 written; 2 bad input (unreadable file, no benchmark with --min-population forks)."})
public final class IntervalCoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JMH JSON result files with per-fork raw data.")
    List<Path> files;

    @Option(names = "--forks", split = ",", paramLabel = "N,N,...", defaultValue = "3,5,10",
            description = "Fork counts to measure (default: ${DEFAULT-VALUE}; each >= " + IntervalRule.MIN_FORKS + ").")
    List<Integer> forks;

    @Option(names = "--trials", defaultValue = "4000", description = "Simulated runs per fork count (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--seed", defaultValue = "20261201", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-population", defaultValue = "10",
            description = "Benchmarks with fewer recorded forks are skipped (default: ${DEFAULT-VALUE}).")
    int minPopulation;

    @Option(names = "--tsv", paramLabel = "FILE", description = "Also write forks, mean and lowest coverage as TSV to FILE.")
    Path tsv;

    /** The result: per benchmark its population size and coverage per fork count. */
    record Row(String benchmark, int population, List<Coverage> coverage) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (trials < 1 || forks.stream().anyMatch(n -> n < IntervalRule.MIN_FORKS)) {
            err.println("error: --trials must be >= 1 and every --forks value >= " + IntervalRule.MIN_FORKS);
            return ExitCode.BAD_INPUT;
        }
        if (minPopulation < 3) {
            err.println("error: --min-population " + minPopulation + ": must be >= 3 (the simulation draws forks from that population)");
            return ExitCode.BAD_INPUT;
        }
        List<Row> rows;
        try {
            if (tsv != null) {
                OutputFile.checkWritable(tsv, "--tsv");
            }
            rows = measure(populations(files), forks, trials, seed, minPopulation);
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (rows.isEmpty()) {
            err.println("error: no benchmark in " + files + " has " + minPopulation + " or more forks");
            return ExitCode.BAD_INPUT;
        }
        out.print(markdown(rows));
        out.flush();
        if (tsv != null) {
            Files.writeString(tsv, tsv(rows));
        }
        return ExitCode.OK;
    }

    /** Per benchmark key, the fork summaries (the rule's per-fork medians) pooled over the files. */
    static Map<String, double[]> populations(List<Path> files) throws BadInputException {
        Map<String, List<Double>> pooled = new LinkedHashMap<>();
        for (Path f : files) {
            for (BenchmarkRun run : JmhJson.read(f)) {
                List<Double> into = pooled.computeIfAbsent(run.key(), k -> new ArrayList<>());
                for (double s : IntervalRule.forkSummaries(run.primary().iterations(SampleStatistic.MEDIAN))) {
                    into.add(s);
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        pooled.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    static List<Row> measure(Map<String, double[]> populations, List<Integer> forks, int trials, long seed, int minPopulation) {
        CoverageSimulation sim = new CoverageSimulation(IntervalRule.defaults());
        List<Row> rows = new ArrayList<>();
        populations.forEach((benchmark, population) -> {
            if (population.length >= minPopulation) {
                rows.add(new Row(benchmark, population.length,
                        forks.stream().map(n -> sim.measure(population, n, trials, seed)).toList()));
            }
        });
        return rows;
    }

    static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| benchmark | recorded forks |");
        StringBuilder rule = new StringBuilder("| --- | ---: |");
        for (Coverage c : rows.get(0).coverage()) {
            sb.append(" value, ").append(c.forks()).append(" forks | ratio A/A, ").append(c.forks()).append(" forks |");
            rule.append(" ---: | ---: |");
        }
        sb.append('\n').append(rule).append('\n');
        for (Row r : rows) {
            sb.append("| ").append(r.benchmark()).append(" | ").append(r.population()).append(" |");
            for (Coverage c : r.coverage()) {
                sb.append(' ').append(percent(c.value())).append(" | ").append(percent(c.ratio())).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** forks, mean value coverage, lowest value coverage, mean ratio coverage, lowest ratio coverage. */
    static String tsv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("# forks\tvalue-mean\tvalue-lowest\tratio-mean\tratio-lowest\tbenchmarks\n");
        for (int i = 0; i < rows.get(0).coverage().size(); i++) {
            int k = i;
            List<Coverage> at = rows.stream().map(r -> r.coverage().get(k)).toList();
            sb.append(at.get(0).forks()).append('\t')
                    .append(percent(at.stream().mapToDouble(Coverage::value).average().orElseThrow())).append('\t')
                    .append(percent(at.stream().mapToDouble(Coverage::value).min().orElseThrow())).append('\t')
                    .append(percent(at.stream().mapToDouble(Coverage::ratio).average().orElseThrow())).append('\t')
                    .append(percent(at.stream().mapToDouble(Coverage::ratio).min().orElseThrow())).append('\t')
                    .append(rows.size()).append('\n');
        }
        return sb.toString();
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
