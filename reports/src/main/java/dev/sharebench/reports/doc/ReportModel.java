package dev.sharebench.reports.doc;

import dev.sharebench.reports.stats.MeasuredCoverage;
import dev.sharebench.reports.chart.Figure;
import dev.sharebench.reports.chart.Figures;
import dev.sharebench.reports.common.Anchors;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.jmh.SamplePercentiles;
import dev.sharebench.reports.manifest.Manifest;
import dev.sharebench.reports.proof.ProofRecord;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.rank.CompareBy;
import dev.sharebench.reports.rank.RankedComparison;
import dev.sharebench.reports.rank.JobCatalog;
import dev.sharebench.reports.rank.Recommendations;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.targets.GuideRows;
import dev.sharebench.reports.targets.Targets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data the templates render: built once, shared by index.html and summary.md so the two can
 * never disagree. Figures are looked up by anchor; a comparison without a figure renders without one.
 */
public final class ReportModel {

    private ReportModel() {
    }

    public static Map<String, Object> build(ReportContent content) {
        ResultsDir dir = content.dir();
        Figures figures = content.figures();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", dir.manifest().runId());
        m.put("title", content.title());
        m.put("sharebench", content.sharebench());
        m.put("citeAs", content.citeAs());
        m.put("environment", content.sharebench() ? dir.manifest().environment() : jmhEnvironment(dir));
        m.put("coverageNote", MeasuredCoverage.sentence());
        m.put("warnings", content.warnings());
        m.put("recommendations", content.recommendations());
        m.put("targets", content.targets().stream().map(ReportModel::target).toList());
        m.put("targetCounts", content.targets().isEmpty() ? null : Targets.counts(content.targets()));
        m.put("guides", content.guides().rows().stream().map(ReportModel::guide).toList());
        m.put("hasGuides", !content.guides().rows().isEmpty());
        m.put("guideNotes", content.guides().notes());
        List<View.Workload> ws = new ArrayList<>();
        List<View.Headline> headlines = new ArrayList<>();
        for (var e : content.workloads().entrySet()) {
            List<View.Comparison> cs = new ArrayList<>();
            for (RankedComparison c : e.getValue()) {
                cs.add(comparison(dir, c, figures.byAnchor()));
            }
            String anchor = "workload-" + Anchors.slug(e.getKey());
            String headline = headline(content.catalog(), e.getValue());
            headlines.add(new View.Headline(e.getKey(), anchor, headline));
            List<View.Guide> python = content.guides().ofWorkload(e.getKey()).stream().map(ReportModel::guide).toList();
            ws.add(new View.Workload(e.getKey(), anchor, headline, cs, figures.scaling().getOrDefault(e.getKey(), List.of()),
                    figures.sideBySide().getOrDefault(e.getKey(), List.of()),
                    content.sharebench() ? List.of() : MethodOverview.of(e.getValue()),
                    python, !python.isEmpty()));
        }
        m.put("workloads", ws);
        m.put("hasWorkloads", !ws.isEmpty());
        m.put("headlines", headlines);
        m.put("proofs", dir.proofs().stream().map(ReportModel::proof).toList());
        m.put("hasProofs", !dir.proofs().isEmpty());
        m.put("proofNote", proofNote(dir.manifest()));
        m.put("proofFigure", figures.proof());
        m.put("hasLoad", !content.load().isEmpty());
        m.put("load", LoadView.of(content.load(), content.loadFigures()));
        m.put("jfr", content.jfr());
        m.put("hasJfr", !content.jfr().isEmpty());
        m.put("inputs", dir.jmhFiles().stream().map(p -> new View.Input(dir.root().relativize(p).toString(), "JMH JSON")).toList());
        List<ResultsDir.MechanismInfo> glossary = glossary(dir, content.workloads());
        m.put("glossary", glossary);
        m.put("hasGlossary", !glossary.isEmpty());
        m.put("notes", content.notes());
        m.put("hasNotes", !content.notes().isEmpty());
        m.put("coreToCore", dir.coreToCoreRttNs().isPresent()
                ? Format.num(dir.coreToCoreRttNs().getAsDouble()) + " ns (" + dir.coreToCoreSource() + ")" : null);
        return m;
    }

    /**
     * One sentence per workload on its headline comparison (the same one the recommendations use: most
     * mechanisms, then most threads): the mechanism that is fastest and by how much, or, when the
     * intervals cannot separate the best ones, the group that shares first place. Only ranked rows
     * count: an exploratory 1-fork row or a row without data is never the winner or the runner-up.
     */
    static String headline(JobCatalog catalog, List<RankedComparison> comparisons) {
        RankedComparison c = Recommendations.headline(catalog, comparisons).orElseThrow();
        List<RankedComparison.Row> ranked = RankedComparison.rankable(c.rows());
        if (ranked.isEmpty()) {
            return "no data";
        }
        RankedComparison.Row best = ranked.getFirst();
        String value = Format.estimate(best.median()) + ' ' + c.unit();
        if (!best.median().hasInterval()) { // e.g. a smoke run or --forks 1: an order of single values is not a ranking
            return "no intervals in " + c.title() + " (" + best.median().note() + "): best point estimate " + best.label() + " "
                    + value + (ranked.size() > 1 ? ", of " + ranked.size() + " mechanisms" : "") + ".";
        }
        long unranked = c.rows().stream().filter(r -> Analysis.UNRANKED.equals(r.position()) && Double.isFinite(r.median().value())).count();
        String rest = unranked == 0 ? "" : " (" + unranked + " exploratory " + (unranked == 1 ? "row" : "rows")
                + " with fewer forks shown in the table, not ranked)";
        if (ranked.size() == 1) {
            return best.label() + " is the only ranked mechanism in " + c.title() + ": " + value + rest + ".";
        }
        List<String> first = ranked.stream().filter(r -> r.position().equals(best.position())).map(RankedComparison.Row::label).toList();
        if (first.size() > 1) {
            return String.join(", ", first) + " share first place in " + c.title() + " (their intervals cannot rank them; "
                    + ranked.size() + " ranked); best point estimate " + best.label() + " " + value + rest + ".";
        }
        RankedComparison.Row next = ranked.get(1);
        return best.label() + " is fastest in " + c.title() + ": " + value + "; next " + next.label() + ' '
                + Format.ratio(next.vsFastest()) + " slower" + rest + ".";
    }

    /** Another project's environment: what its JMH files say (no manifest was written for it). */
    static List<Manifest.Row> jmhEnvironment(ResultsDir dir) {
        List<Manifest.Row> rows = new ArrayList<>();
        rows.add(new Manifest.Row("files", dir.jmhFileNames()));
        rows.add(new Manifest.Row("JMH", distinct(dir, r -> r.jmhVersion())));
        rows.add(new Manifest.Row("JDK", distinct(dir, r -> r.jdkVersion() + " (" + r.vmName() + ")")));
        rows.add(new Manifest.Row("JVM arguments", distinct(dir, r -> r.jvmArgs().isEmpty() ? "none" : String.join(" ", r.jvmArgs()))));
        rows.add(new Manifest.Row("forks", distinct(dir, r -> Integer.toString(r.forks()))));
        rows.add(new Manifest.Row("machine", "unknown (JMH's JSON does not record it)"));
        return rows;
    }

    private static String distinct(ResultsDir dir, java.util.function.Function<dev.sharebench.reports.jmh.BenchmarkRun, String> f) {
        return dir.runs().stream().map(f).map(v -> v == null || v.startsWith("null") ? "unknown" : v).distinct()
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The registry entries of the mechanisms that appear in this run, in registry order. */
    static List<ResultsDir.MechanismInfo> glossary(ResultsDir dir, Map<String, List<RankedComparison>> workloads) {
        Set<String> seen = new LinkedHashSet<>();
        workloads.values().forEach(cs -> cs.forEach(c -> c.rows().forEach(r -> seen.add(r.label()))));
        return dir.mechanisms().values().stream().filter(m -> seen.contains(m.alias())).toList();
    }

    static View.Comparison comparison(ResultsDir dir, RankedComparison c, Map<String, Figure> figures) {
        List<String> pctHeaders = new ArrayList<>();
        boolean hasPct = c.rows().stream().anyMatch(r -> !r.percentiles().isEmpty());
        if (hasPct) {
            pctHeaders.addAll(List.of(SamplePercentiles.LABELS));
            pctHeaders.add("max");
        }
        Set<String> secHeaders = new LinkedHashSet<>();
        c.rows().forEach(r -> secHeaders.addAll(r.secondary().keySet()));
        Map<String, String> secUnits = new LinkedHashMap<>();
        c.rows().forEach(r -> r.secondary().forEach((k, v) -> secUnits.putIfAbsent(k, v.unit())));
        List<View.Row> rows = new ArrayList<>();
        List<View.SecondaryRow> secRows = new ArrayList<>();
        for (RankedComparison.Row r : c.rows()) {
            List<String> pct = pctHeaders.stream().map(h -> r.percentiles().containsKey(h) ? Format.num(r.percentiles().get(h)) : "-").toList();
            var info = dir.mechanisms().get(r.label());
            rows.add(new View.Row(r.position(), r.label(), info == null ? "" : info.description(), Format.estimate(r.median()),
                    r.rank().equals(Analysis.FASTEST) ? "1" : Format.ratio(r.vsFastest()), r.rank(), rankClass(r.rank()),
                    r.label().equals(c.baseline()) ? "baseline" : Format.ratio(r.vsBaseline()), r.median().forks(), r.iterations(), pct));
            secRows.add(new View.SecondaryRow(r.label(), secHeaders.stream().map(h -> {
                RankedComparison.Secondary s = r.secondary().get(h);
                return s == null ? "-" : Format.estimate(s.median());
            }).toList()));
        }
        String direction = c.higherIsBetter() ? "throughput: higher is better" : "time per operation: lower is better";
        // SampleTime iterations are histogram medians (JMH's own score is the mean): say so; the
        // percentile columns carry the distribution.
        String valueHeader = c.isSample() ? "median of iteration medians [95% CI]" : "median [95% CI]";
        String axis = c.axis().equals(CompareBy.METHOD) ? "method" : c.axis();
        return new View.Comparison(c.anchor(), c.title(), axis, c.unit(), valueHeader, direction, c.baseline(), figures.get("fig-" + c.anchor()),
                figures.get("fig-" + c.anchor() + "-percentiles"), rows, hasPct, pctHeaders, !secHeaders.isEmpty(),
                secHeaders.stream().map(h -> h + " (" + secUnits.get(h) + ")").toList(), secRows);
    }

    static String rankClass(String rank) {
        if (rank.startsWith(Analysis.TIE_WITH)) {
            return "tie";
        }
        return switch (rank) {
            case Analysis.FASTEST -> "fastest";
            case Analysis.TIE -> "tie";
            case Analysis.SLOWER -> "slower";
            default -> "noci";
        };
    }

    static View.Target target(Targets.Result t) {
        String cls = switch (t.verdict()) {
            case Targets.MET -> "ok";
            case Targets.INCONCLUSIVE -> "tie";
            case Targets.NOT_MET -> "bad";
            default -> "noci";
        };
        return new View.Target(t.id(), t.anchor(), t.title(), t.statement(), t.measured(), t.reference(), t.ratioText(),
                t.limitText(), t.verdictText(), cls, t.context().isEmpty() ? null : t.context()); // null: no section (JMustache renders "")
    }

    static View.Guide guide(GuideRows.Row r) {
        return new View.Guide(r.guide(), r.classic(), r.python() + " (" + Format.count(r.pythonRuns(), "run") + ")", r.pythonValue(),
                r.mechanism(), r.java(), r.javaValue() + " (" + Format.count(r.javaForks(), "fork") + ")", r.ratioText(), r.verdict(), r.note());
    }

    static View.Proof proof(ProofRecord p) {
        String cls = switch (p.verdict()) {
            case "reproduced", "fix held" -> "ok";
            case "fix failed", "error" -> "bad";
            default -> "noci";
        };
        // A deterministic proof's outcomes follow from its code, not from timing: its counts are repetitions, not a rate.
        String trials = p.deterministic() ? "deterministic (" + String.format("%,d", p.trials()) + " trials, not a rate)"
                : String.format("%,d", p.trials());
        return new View.Proof(p.id(), p.title(), p.variant(), p.verdict(), cls, p.pitfall(), p.test(), trials,
                String.format("%,d", p.countOf("ACCEPTABLE_INTERESTING")), String.format("%,d", p.countOf("FORBIDDEN")), p.mode(), p.arch(),
                p.reason(), p.aliases().isEmpty() ? "none (a standalone idiom)" : String.join(", ", p.aliases()));
    }

    /**
     * The sentence under the proofs table, from the manifest's CPU architecture: the memory-model
     * remark is made only for the architecture the run detected.
     */
    static String proofNote(Manifest manifest) {
        String base = "A broken variant that does not reproduce on this hardware is not evidence that the bug cannot happen";
        if (manifest.isX86()) {
            return base + ": this run's CPU is x86-64, which is TSO (no store-store or load-load reordering), so a proof that needs"
                    + " such a reordering rarely shows it here.";
        }
        return base + " (CPU architecture of this run: " + manifest.arch() + ").";
    }
}
