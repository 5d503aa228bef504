package dev.sharebench.reports.gate;

import java.util.List;
import java.util.Locale;

/**
 * gate.md: a PR comment or CI step summary. The run's verdict first (the same words as the exit
 * code), then any machine warning, then the judgements worst first with the numbers behind each.
 */
public final class GateMarkdown {

    private GateMarkdown() {
    }

    public static String render(GateReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Performance gate: ").append(report.verdict().headline()).append("\n\n");
        report.warnings().forEach(w -> sb.append("> **WARNING:** ").append(w).append("\n\n"));
        if (!report.verdict().remedy().isEmpty()) {
            sb.append("**What to do:** ").append(report.verdict().remedy()).append("\n\n");
        }
        GateResult r = report.result();
        if (!r.judgements().isEmpty() || !r.onlyBaseline().isEmpty() || !r.onlyCandidate().isEmpty()) {
            judgements(sb, r);
        }
        if (!report.notes().isEmpty()) {
            sb.append("\n### Notes\n\n");
            report.notes().forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        return sb.toString();
    }

    private static void judgements(StringBuilder sb, GateResult r) {
        sb.append(String.format(Locale.ROOT, "%d compared: %d FAIL, %d INCONCLUSIVE, %d PASS, %d insufficient data; "
                        + "%d on the baseline only, %d on the candidate only.%n%n",
                r.judgements().size(), r.count(Verdict.FAIL), r.count(Verdict.INCONCLUSIVE), r.count(Verdict.PASS),
                r.count(Verdict.INSUFFICIENT_DATA), r.onlyBaseline().size(), r.onlyCandidate().size()));
        sb.append(String.format(Locale.ROOT, "Ratio > 1 is worse (time: candidate/baseline; throughput: baseline/candidate). "
                        + "%.0f%% CI: the suite's interval rule (each fork summarised by the median of its iterations, ratio of "
                        + "geometric means, Welch t on the logs); fewer than %d forks a side: no verdict. "
                        + "p: exact one-sided Mann-Whitney U of \"ratio <= 1+delta\" on the fork summaries; q: Benjamini-Hochberg. "
                        + "FAIL = CI above 1+delta and q < %.2g. Default delta %.0f%%. "
                        + "MDE: the smallest slowdown this run detects with 80%% power at its forks, from its own fork scatter "
                        + "((1+delta) exp((t(0.975,df) + t(0.80,df)) s sqrt(1/nb + 1/nc)) - 1, s the pooled SD of the log fork summaries).%n%n",
                r.settings().confidence() * 100, r.settings().minForks(), r.settings().alpha(),
                r.settings().thresholds().defaultDelta() * 100));
        sb.append("| verdict | benchmark | ratio | 95% CI | 1+delta | MDE (80%) | HL ratio | p | q | forks (base/cand) |\n");
        sb.append("|---|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (BenchmarkJudgement c : r.judgements()) {
            sb.append("| ").append(c.verdict() == Verdict.FAIL ? "**FAIL**" : c.verdict().label())
                    .append(" | `").append(c.key()).append("` | ")
                    .append(num(c.ratio().value(), "%.3f")).append(" | ")
                    .append(c.ratio().hasInterval() ? String.format(Locale.ROOT, "[%.3f, %.3f]", c.ratio().lower(), c.ratio().upper()) : "-")
                    .append(" | ").append(String.format(Locale.ROOT, "%.3f", c.threshold()))
                    .append(" | ").append(GateAnalysis.percent(c.mde()))
                    .append(" | ").append(num(c.hlRatio(), "%.3f"))
                    .append(" | ").append(num(c.pValue(), "%.2g"))
                    .append(" | ").append(num(c.qValue(), "%.2g"))
                    .append(" | ").append(c.baselineForks()).append("/").append(c.candidateForks()).append(" |\n");
        }
        sb.append("\n<details><summary>Why each verdict</summary>\n\n");
        for (BenchmarkJudgement c : r.judgements()) {
            sb.append("- `").append(c.key()).append("`: ").append(c.verdict().label()).append(": ").append(c.reason()).append('\n');
        }
        sb.append("\n</details>\n");
        oneSide(sb, "On the baseline only (not compared)", r.onlyBaseline());
        oneSide(sb, "On the candidate only (not compared)", r.onlyCandidate());
    }

    private static void oneSide(StringBuilder sb, String title, List<String> keys) {
        if (!keys.isEmpty()) {
            sb.append("\n### ").append(title).append("\n\n");
            keys.forEach(k -> sb.append("- `").append(k).append("`\n"));
        }
    }

    private static String num(double v, String fmt) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, fmt, v);
    }
}
