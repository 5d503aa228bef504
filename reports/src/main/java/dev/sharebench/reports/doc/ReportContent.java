package dev.sharebench.reports.doc;

import dev.sharebench.reports.chart.Figures;
import dev.sharebench.reports.jfr.JfrRow;
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
 * @param catalog         the run's jobs and headlines (empty for another project's results)
 */
public record ReportContent(ResultsDir dir, Map<String, List<RankedComparison>> workloads, List<Recommendation> recommendations,
                            List<Targets.Result> targets, GuideRows.Result guides, Figures figures, List<JfrRow> jfr, List<String> notes,
                            JobCatalog catalog) {

    public String runId() {
        return dir.manifest().runId();
    }
}
