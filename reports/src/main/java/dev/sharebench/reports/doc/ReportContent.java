package dev.sharebench.reports.doc;

import dev.sharebench.reports.chart.Figure;
import dev.sharebench.reports.chart.Figures;
import dev.sharebench.reports.jfr.JfrRow;
import dev.sharebench.reports.load.LoadSection;
import dev.sharebench.reports.rank.JobCatalog;
import dev.sharebench.reports.rank.RankedComparison;
import dev.sharebench.reports.rank.Recommendations.Recommendation;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.targets.GuideRows;
import dev.sharebench.reports.targets.Targets;
import java.util.List;
import java.util.Map;

/**
 * Everything one report shows, gathered once by the {@code report} command; every document
 * (index.html, summary.md, results.csv, report.json) is written from the same instance, so they
 * cannot disagree.
 *
 * @param dir             the run's inputs (manifest, registry, proofs, JMH files, references)
 * @param workloads       workload -> its ranked comparisons, in the order the runs appeared
 * @param recommendations one row per job
 * @param targets         the evaluated performance targets
 * @param guides          the classic guides' Python cases beside their Java counterparts (reference rows)
 * @param figures         the charts written ({@link Figures#none()} with {@code --no-charts})
 * @param jfr             the JFR attribution rows (empty without a JFR pass)
 * @param notes           remarks for the reader, e.g. an unreadable JFR recording that was left out
 * @param warnings        what the reader must know before any number, in the documents' first lines:
 *                        e.g. the machine-state canary drifted during the run
 * @param catalog         the run's jobs and headlines (empty for another project's results)
 * @param load            latency under load: curves, sustained rates and tail comparisons (empty without open-loop results)
 * @param loadFigures     the latency-vs-load charts, one per curve (none with {@code --no-charts})
 */
public record ReportContent(ResultsDir dir, Map<String, List<RankedComparison>> workloads, List<Recommendation> recommendations,
                            List<Targets.Result> targets, GuideRows.Result guides, Figures figures, List<JfrRow> jfr, List<String> notes,
                            List<String> warnings, JobCatalog catalog, LoadSection load, List<Figure> loadFigures) {

    public ReportContent {
        loadFigures = List.copyOf(loadFigures);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public String runId() {
        return dir.manifest().runId();
    }

    /** sharebench's own run, or another project's JMH results ({@link ResultsDir#isSharebench}). */
    public boolean sharebench() {
        return dir.isSharebench();
    }

    /** The line under every table and figure: the run's manifest, or the JMH files it came from. */
    public String citeAs() {
        return sharebench() ? dir.manifest().citeAs() : "JMH results " + dir.jmhFileNames() + " in " + runId();
    }

    /** The page title: sharebench's question, or the benchmark classes and files of another project's results. */
    public String title() {
        if (sharebench()) {
            return "sharebench: how should threads and processes share data?";
        }
        List<String> classes = List.copyOf(workloads.keySet());
        String names = classes.size() <= 4 ? String.join(", ", classes)
                : String.join(", ", classes.subList(0, 3)) + " and " + (classes.size() - 3) + " more";
        return "JMH results: " + (names.isEmpty() ? "no benchmarks" : names) + " (" + dir.jmhFileNames() + ")";
    }
}
