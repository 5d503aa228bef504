package dev.sharebench.reports.report;

import dev.sharebench.reports.canary.CanaryDrift;
import dev.sharebench.reports.canary.CanaryFindings;
import dev.sharebench.reports.chart.ChartFiles;
import dev.sharebench.reports.chart.Charts;
import dev.sharebench.reports.chart.Figure;
import dev.sharebench.reports.chart.Figures;
import dev.sharebench.reports.chart.LoadChart;
import dev.sharebench.reports.common.AtomicOutputs;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.doc.CsvWriter;
import dev.sharebench.reports.doc.JsonSummary;
import dev.sharebench.reports.doc.ReportContent;
import dev.sharebench.reports.doc.ReportModel;
import dev.sharebench.reports.doc.Templates;
import dev.sharebench.reports.jfr.JfrAttribution;
import dev.sharebench.reports.jfr.JfrRow;
import dev.sharebench.reports.jmh.Units;
import dev.sharebench.reports.load.LoadSection;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.rank.CompareBy;
import dev.sharebench.reports.rank.RankedComparison;
import dev.sharebench.reports.rank.Recommendations.Recommendation;
import dev.sharebench.reports.rank.Recommendations;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.results.RunCatalog;
import dev.sharebench.reports.stats.IntervalRule;
import dev.sharebench.reports.rank.JobCatalog;
import dev.sharebench.reports.targets.GuideCatalog;
import dev.sharebench.reports.targets.GuideRows;
import dev.sharebench.reports.targets.TargetCatalog;
import dev.sharebench.reports.targets.Targets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reports report <results-dir>}: statistics, charts and documents for one run. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write index.html, summary.md, results.csv, report.json and charts/ (SVG + PNG) into RESULTS_DIR.",
            "Reads manifest.json, mechanisms.json, jmh/*.json (any JMH JSON), proofs/*.json,",
            "reference/pairs/<target>.jsonl (performance targets: each Java fork paired with its C or Python peer), the JFR pass:",
            "jfr/<Bench>.json + jfr/<Bench>/<id>/profile.jfr, and canary/<point>/*.json (the machine-state canary: a drift is warned",
            "about in the documents' first lines), and workloads.json (the catalogue: targets and guides; the guides' Python rows come",
            "from reference/pairs/*.jsonl too).",
            "Any JMH project's results work too: without workloads.json, mechanisms.json, manifest.json and a \"mechanism\" parameter",
            "the report is titled by its benchmark classes and files and leaves out sharebench's recommendations and targets.",
            "Progress goes to stderr. Exit codes: 0 written; 2 bad input (the message names the file and the reason)."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A results/<run-id>/ directory.")
    Path resultsDir;

    @Option(names = "--baseline", paramLabel = "WORKLOAD=ALIAS",
            description = "Row each workload's \"speedup vs baseline\" column compares with, e.g. CounterBench=synchronized,"
                    + " or MapBench=impl=TreeMap for another project's parameter (repeatable). Default: the workload's baseline in the catalogue (workloads.json), else the first mechanism of the comparison.")
    Map<String, String> baselines = new LinkedHashMap<>();


    @Option(names = "--compare-by", paramLabel = "PARAM",
            description = {"The parameter whose values are the rows of every comparison, one table per benchmark method and per"
                    + " combination of the other parameters (in the benchmark classes that have it); \"method\" makes the methods the rows.",
                "" + CompareBy.RULE})
    String compareBy;

    @Option(names = "--no-charts", description = "Skip the SVG/PNG charts (documents still render).")
    boolean noCharts;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts render without a display (CI, ssh)
        }
        try {
            return run(err);
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: the report was not written (the previous one, if any, is unchanged): " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private int run(PrintWriter err) throws BadInputException, IOException {
        long t0 = System.nanoTime();
        ResultsDir dir = ResultsDir.load(resultsDir, s -> progress(err, s));
        JobCatalog catalog = JobCatalog.of(dir.catalog());
        IntervalRule rule = IntervalRule.defaults();
        progress(err, "statistics: fork medians, geometric means, " + Math.round(rule.confidence() * 100)
                + "% t intervals on the logs (none below " + IntervalRule.MIN_FORKS + " forks)");
        Map<String, String> axes = axes(dir);
        if (!dir.isSharebench()) {
            progress(err, "compared by: " + axes.entrySet().stream().map(e -> e.getKey() + " by " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        Analysis analysis = new Analysis(rule, baselines(dir, catalog, axes), catalog.rankMetrics(), axes);
        Map<String, List<RankedComparison>> workloads = analysis.analyse(dir.runs());
        // Recommendations and targets judge sharebench's mechanisms against its catalogue: another project's results have neither.
        List<Recommendation> recommendations = dir.isSharebench() ? Recommendations.build(catalog, analysis, workloads, dir.proofs()) : List.of();
        List<String> notes = new ArrayList<>();
        List<JfrRow> jfr = JfrAttribution.collect(dir.jfrDir(), s -> progress(err, s), notes);
        List<Targets.Result> targets = dir.isSharebench() ? new Targets(dir, analysis).evaluate(TargetCatalog.of(dir.catalog())) : List.of();
        GuideRows.Result guides = dir.isSharebench() ? new GuideRows(dir, analysis).evaluate(GuideCatalog.of(dir.catalog()))
                : new GuideRows.Result(List.of(), List.of());

        LoadSection load = LoadSection.of(dir.runs(), rule);
        CanaryFindings canary = canary(dir.root(), err);
        notes.addAll(canary.notes());
        /* Every output is written into a staging folder first and moved into place together (AtomicOutputs). */
        AtomicOutputs.write(dir.root(), "report", out -> {
            Figures figures = noCharts ? Figures.none()
                    : new Charts(new ChartFiles(out.resolve("charts")), dir.coreToCoreRttNs(), floorNs(dir, catalog, workloads),
                            dir.catalog().floorWorkload(), roundTripWorkloads(dir))
                            .all(workloads, dir.proofs(), s -> progress(err, s));
            List<Figure> loadFigures = noCharts ? List.of() : LoadChart.all(new ChartFiles(out.resolve("charts")), load.curves());
            ReportContent content = new ReportContent(dir, workloads, recommendations, targets, guides, figures, jfr, notes, canary.warnings(), catalog,
                    load, loadFigures);
            Map<String, Object> model = ReportModel.build(content);
            Templates.renderHtml(out.resolve("index.html"), model);
            Templates.renderMarkdown(out.resolve("summary.md"), model);
            CsvWriter.write(out.resolve("results.csv"), content);
            JsonSummary.write(out.resolve("report.json"), content);
            progress(err, String.format("wrote %s/index.html, summary.md, results.csv, report.json and %s in %.1f s",
                    dir.root(), Format.count(figures.count() + loadFigures.size(), "chart"), (System.nanoTime() - t0) / 1e9));
        });
        return ExitCode.OK;
    }

    /**
     * The run's machine-state canary ({@code canary/start|middle|end/}, written by run-all around
     * its benchmark stages), judged with the default margin; none when the run has no canary.
     */
    private static CanaryFindings canary(Path root, PrintWriter err) throws BadInputException {
        Path dir = root.resolve(CanaryFindings.DIR);
        if (!Files.isDirectory(dir)) {
            return CanaryFindings.none();
        }
        CanaryFindings found = CanaryFindings.read(dir, CanaryDrift.DEFAULT_MARGIN);
        found.warnings().forEach(w -> progress(err, "WARNING: " + w));
        return found;
    }

    /** Workload -> the parameter its rows are: --compare-by (checked) where the class has it, else the rule of {@link CompareBy}. */
    private Map<String, String> axes(ResultsDir dir) throws BadInputException {
        if (compareBy != null && !CompareBy.known(dir.runs()).contains(compareBy)) {
            throw new BadInputException(resultsDir, "--compare-by " + compareBy + ": no benchmark in this run has that parameter (known: "
                    + String.join(", ", CompareBy.known(dir.runs())) + ")");
        }
        return CompareBy.choose(dir.runs(), java.util.Optional.ofNullable(compareBy));
    }

    /** Workload -> baseline label: the catalogue's defaults for the workloads in this run, then --baseline (checked). */
    private Map<String, String> baselines(ResultsDir dir, JobCatalog catalog, Map<String, String> axes) throws BadInputException {
        Map<String, String> chosen = new LinkedHashMap<>();
        dir.runs().forEach(r -> catalog.defaultBaseline(r.workload()).ifPresent(b -> chosen.put(r.workload(), b)));
        for (var e : baselines.entrySet()) {
            boolean known = dir.runs().stream().anyMatch(r -> r.workload().equals(e.getKey()) && e.getValue().equals(CompareBy.label(r, axes.get(r.workload()))));
            if (!known) {
                throw new BadInputException(resultsDir, "--baseline " + e.getKey() + "=" + e.getValue()
                        + ": no such workload/mechanism in this run's JMH results");
            }
            chosen.put(e.getKey(), e.getValue());
        }
        return chosen;
    }

    /** The floor workload's best round trip in ns (its headline comparison's fastest median), when measured in a time unit. */
    static OptionalDouble floorNs(ResultsDir dir, JobCatalog catalog, Map<String, List<RankedComparison>> workloads) {
        List<RankedComparison> floor = dir.catalog().floorWorkload().map(workloads::get).orElse(null);
        if (floor == null) {
            return OptionalDouble.empty();
        }
        return Recommendations.headline(catalog, floor)
                .filter(c -> !c.higherIsBetter() && !c.rows().isEmpty())
                .map(c -> c.fastest().median().value() * Units.toBase(c.unit()))
                .filter(Double::isFinite)
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    /** The workloads whose results are round trips, read against the floor (the catalogue's roundTrip flag). */
    static java.util.Set<String> roundTripWorkloads(ResultsDir dir) {
        return dir.catalog().workloads().values().stream().filter(RunCatalog.WorkloadInfo::roundTrip)
                .map(RunCatalog.WorkloadInfo::name).collect(java.util.stream.Collectors.toSet());
    }

    private static void progress(PrintWriter err, String line) {
        err.println("report: " + line);
        err.flush();
    }
}
