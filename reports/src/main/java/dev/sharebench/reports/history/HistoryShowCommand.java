package dev.sharebench.reports.history;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.historydb.HistoryException;
import dev.sharebench.reports.historydb.HistoryStore;
import dev.sharebench.reports.stats.IntervalRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reports history show --out DIR [--db URL]}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Trends and change points: per benchmark and machine fingerprint, the median and 95%% CI of every commit",
            "and the change points (E-divisive means on the forks), each with its shift, CI and commit range.",
            "Writes index.html, charts/ and changepoints.json into --out; prints the change points."})
public final class HistoryShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = HistoryCommand.DEFAULT_DB, description = "The history (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--benchmark", paramLabel = "REGEX", description = "Only benchmarks whose key contains a match.")
    String benchmark;

    @Mixin
    DetectorOptions detector;

    @Override
    public Integer call() {
        PrintWriter outw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            Pattern filter = benchmark == null ? null : Pattern.compile(benchmark);
            TrendAnalysis analysis = new TrendAnalysis(detector.settings(), IntervalRule.defaults());
            List<TrendAnalysis.Trend> trends = new ArrayList<>();
            Map<String, String> machines;
            try (HistoryStore store = HistoryStore.openExisting(db)) {
                machines = store.machines();
                for (HistoryStore.BenchmarkRef b : store.benchmarks()) {
                    if (filter != null && !filter.matcher(b.key()).find()) {
                        continue;
                    }
                    for (Series s : Series.of(b.key(), b.unit(), store.observations(b))) {
                        trends.add(analysis.analyze(s));
                    }
                }
            }
            Files.createDirectories(out);
            TrendPage.write(out, trends, machines, db, detector.describe());
            for (TrendAnalysis.Trend t : trends) {
                for (TrendAnalysis.Shift s : t.shifts()) {
                    outw.printf("change point  %s  machine %s  %s..%s  %s %s (p %.3f)%n", t.series().key(), t.series().fingerprint(),
                            TrendPage.shortCommit(s.lastBefore()), TrendPage.shortCommit(s.firstAfter()), s.percent(),
                            s.worse() ? "worse" : "better", s.pValue());
                }
            }
            outw.printf("history: %d series, %s: %s%n", trends.size(),
                    Format.count(trends.stream().mapToInt(t -> t.shifts().size()).sum(), "change point"), out.resolve("index.html"));
            return ExitCode.OK;
        } catch (PatternSyntaxException e) {
            err.println("error: --benchmark " + benchmark + ": not a regular expression: " + e.getDescription());
            return ExitCode.BAD_INPUT;
        } catch (IllegalArgumentException | HistoryException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot write " + out + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
