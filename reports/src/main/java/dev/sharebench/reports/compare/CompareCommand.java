package dev.sharebench.reports.compare;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.OutputFile;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.rank.JobCatalog;
import dev.sharebench.reports.rank.RankedComparison;
import dev.sharebench.reports.rank.Recommendations;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.stats.IntervalRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reports compare RUN_A RUN_B}: how well two runs agree. Per workload present in both, its
 * headline comparison (the one the recommendations use) is ranked in each run, and the two rankings
 * are compared by Spearman's rho on tie-aware ranks ({@link RankAgreement}); each mechanism's value
 * in B against A is a ratio with the interval rule's Welch interval over both runs' forks.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two runs: per workload, the rank agreement of its mechanisms (Spearman's rho, ties within a",
            "run's intervals sharing a rank) and each headline value's ratio B/A with its 95%% interval.",
            "Exit codes: 0 written (with --min-rho: and every workload with more than 3 mechanisms reached it);",
            "1 a workload fell below --min-rho; 2 bad input."})
public final class CompareCommand implements Callable<Integer> {

    /** Below this many common mechanisms, a rank correlation says too little to hold a run to. */
    static final int MIN_MECHANISMS = 4;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "A results/<run-id>/ directory.")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "Another one, of the same suite.")
    Path runB;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the comparison as Markdown to FILE.")
    Path out;

    @Option(names = "--min-rho", paramLabel = "RHO",
            description = "Exit 1 when a workload with more than 3 common mechanisms has rho below this (e.g. 0.9).")
    Double minRho;

    /** One workload's agreement. */
    /** {@code rho}: ties count as agreement (judged by --min-rho); {@code rhoSharedRanks}: ties share a rank. */
    record Agreement(String workload, String comparison, int mechanisms, double rho, double rhoSharedRanks, List<String> ratios) {
        boolean judged() {
            return mechanisms >= MIN_MECHANISMS;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Agreement> rows;
        if (minRho != null && !(minRho >= -1 && minRho <= 1)) {
            err.println("error: --min-rho " + minRho + ": a rank correlation lies in [-1, 1]");
            return ExitCode.BAD_INPUT;
        }
        try {
            if (out != null) {
                OutputFile.checkWritable(out, "--out");
            }
            rows = compare(ResultsDir.load(runA, s -> { }), ResultsDir.load(runB, s -> { }));
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (rows.isEmpty()) {
            err.println("error: the two runs have no workload in common (" + runA + ", " + runB + ")");
            return ExitCode.BAD_INPUT;
        }
        String md = markdown(rows);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        if (out != null) {
            Files.writeString(out, md);
        }
        // NaN: a run tied every mechanism, so it orders nothing: neither agreement nor disagreement to judge
        boolean below = minRho != null && rows.stream().anyMatch(r -> r.judged() && !Double.isNaN(r.rho()) && !(r.rho() >= minRho));
        return below ? ExitCode.FAIL : ExitCode.OK;
    }

    List<Agreement> compare(ResultsDir a, ResultsDir b) {
        IntervalRule rule = IntervalRule.defaults();
        JobCatalog catalog = JobCatalog.of(a.catalog());
        Analysis analysisA = new Analysis(rule, Map.of(), catalog.rankMetrics());
        Analysis analysisB = new Analysis(rule, Map.of(), JobCatalog.of(b.catalog()).rankMetrics());
        Map<String, List<RankedComparison>> wa = analysisA.analyse(a.runs());
        Map<String, List<RankedComparison>> wb = analysisB.analyse(b.runs());
        List<Agreement> out = new ArrayList<>();
        for (var e : wa.entrySet()) {
            List<RankedComparison> other = wb.get(e.getKey());
            Optional<RankedComparison> ha = Recommendations.headline(catalog, e.getValue());
            if (other == null || ha.isEmpty()) {
                continue;
            }
            Optional<RankedComparison> hb = other.stream().filter(c -> c.anchor().equals(ha.get().anchor())).findFirst();
            if (hb.isEmpty()) {
                continue;
            }
            out.add(agreement(rule, analysisA, analysisB, ha.get(), hb.get()));
        }
        return out;
    }

    private static Agreement agreement(IntervalRule rule, Analysis analysisA, Analysis analysisB, RankedComparison a, RankedComparison b) {
        // Ranks of the rows with intervals only (1-fork exploratory rows have no order to agree on).
        List<RankedComparison.Row> ra = RankedComparison.rankable(a.rows()).stream().filter(r -> Double.isFinite(r.median().value())).toList();
        List<RankedComparison.Row> rb = RankedComparison.rankable(b.rows()).stream().filter(r -> Double.isFinite(r.median().value())).toList();
        Map<String, Double> ranksA = RankAgreement.midranks(ra.stream().map(RankedComparison.Row::label).toList(),
                ra.stream().map(RankedComparison.Row::position).toList());
        Map<String, Double> ranksB = RankAgreement.midranks(rb.stream().map(RankedComparison.Row::label).toList(),
                rb.stream().map(RankedComparison.Row::position).toList());
        int common = (int) ranksA.keySet().stream().filter(ranksB::containsKey).count();
        List<String> ratios = new ArrayList<>();
        for (RankedComparison.Row x : ra) {
            rb.stream().filter(y -> y.label().equals(x.label())).findFirst().ifPresent(y -> {
                Estimate r = rule.ratio(analysisB.ranked(y.run()).iterations(dev.sharebench.reports.jmh.SampleStatistic.MEDIAN),
                        analysisA.ranked(x.run()).iterations(dev.sharebench.reports.jmh.SampleStatistic.MEDIAN));
                ratios.add(x.label() + " " + Format.ratio(r));
            });
        }
        return new Agreement(a.workload(), a.title(), common, RankAgreement.tiesAgree(ranksA, ranksB),
                RankAgreement.spearman(ranksA, ranksB), ratios);
    }

    private String markdown(List<Agreement> rows) {
        StringBuilder s = new StringBuilder();
        s.append("## Run agreement: ").append(runA.getFileName()).append(" (A) vs ").append(runB.getFileName()).append(" (B)\n\n");
        s.append("Spearman's rho of each workload's headline ranking. **rho**: a tie (two mechanisms a run's intervals cannot ")
                .append("tell apart) counts as agreement, so only pairs both runs order, in opposite directions, lower it; ")
                .append("**rho, ties share a rank**: the stricter reading, tied mechanisms keep their midrank. ")
                .append("Then each mechanism's value B/A with its 95% Welch interval over both runs' forks.\n\n");
        s.append("| workload | headline comparison | mechanisms | rho | rho, ties share a rank | B/A per mechanism |\n")
                .append("| --- | --- | ---: | ---: | ---: | --- |\n");
        for (Agreement r : rows) {
            String rho = Double.isNaN(r.rho()) ? "n/a (no order in one run)" : String.format(Locale.ROOT, "%.2f", r.rho());
            String shared = Double.isNaN(r.rhoSharedRanks()) ? "n/a (no order in one run)" : String.format(Locale.ROOT, "%.2f", r.rhoSharedRanks());
            if (!r.judged()) {
                rho += " (<= 3 mechanisms)";
            }
            s.append("| ").append(r.workload()).append(" | ").append(r.comparison()).append(" | ").append(r.mechanisms())
                    .append(" | ").append(rho).append(" | ").append(shared).append(" | ").append(String.join("; ", r.ratios())).append(" |\n");
        }
        List<Agreement> judged = rows.stream().filter(Agreement::judged).toList();
        double min = judged.stream().mapToDouble(Agreement::rho).filter(Double::isFinite).min().orElse(Double.NaN);
        s.append("\n").append(judged.size()).append(" workload(s) with more than 3 common mechanisms");
        if (!judged.isEmpty()) {
            long ordered = judged.stream().filter(a -> Double.isFinite(a.rho())).count();
            s.append(": ").append(ordered).append(" ordered by both runs, lowest rho ")
                    .append(Double.isNaN(min) ? "n/a" : String.format(Locale.ROOT, "%.2f", min));
            if (ordered < judged.size()) {
                s.append("; ").append(judged.size() - ordered)
                        .append(" with no order in one run (all tied within its intervals: agreement by definition, no information)");
            }
        }
        s.append(".\n");
        return s.toString();
    }
}
