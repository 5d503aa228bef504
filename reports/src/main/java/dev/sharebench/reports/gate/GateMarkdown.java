package dev.sharebench.reports.gate;

import java.util.List;
import java.util.Locale;

/** gate.md: a PR comment or CI step summary. Worst first, with the numbers behind each verdict. */
public final class GateMarkdown {

    private GateMarkdown() {
    }

    public static String render(GateResult r, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        String headline = r.regression() ? "REGRESSION" : "PASS";
        sb.append("## Performance gate: ").append(headline).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%d compared: %d FAIL, %d INCONCLUSIVE, %d PASS, %d insufficient data; "
                        + "%d on the baseline only, %d on the candidate only.%n%n",
                r.judgements().size(), r.count(Verdict.FAIL), r.count(Verdict.INCONCLUSIVE), r.count(Verdict.PASS),
                r.count(Verdict.INSUFFICIENT_DATA), r.onlyBaseline().size(), r.onlyCandidate().size()));
        sb.append(String.format(Locale.ROOT, "Ratio > 1 is worse (time: candidate/baseline; throughput: baseline/candidate). "
                        + "%.0f%% CI: hierarchical bootstrap (>= %d forks a side) or Welch t on log fork means (%d-%d). "
                        + "p: exact one-sided Mann-Whitney U of \"ratio <= 1+delta\" on fork means; q: Benjamini-Hochberg. "
                        + "FAIL = CI above 1+delta and q < %.2g. Default delta %.0f%%.%n%n",
                r.settings().confidence() * 100, r.settings().bootstrapForks(), r.settings().minForks(),
                r.settings().bootstrapForks() - 1, r.settings().alpha(), r.settings().thresholds().defaultDelta() * 100));
        sb.append("| verdict | benchmark | ratio | 95% CI | 1+delta | HL ratio | p | q | forks (base/cand) | method |\n");
        sb.append("|---|---|---:|---|---:|---:|---:|---:|---:|---|\n");
        for (BenchmarkJudgement c : r.judgements()) {
            sb.append("| ").append(c.verdict() == Verdict.FAIL ? "**FAIL**" : c.verdict().label())
                    .append(" | `").append(c.key()).append("` | ")
                    .append(num(c.ratio().value(), "%.3f")).append(" | ")
                    .append(c.ratio().hasInterval() ? String.format(Locale.ROOT, "[%.3f, %.3f]", c.ratio().lower(), c.ratio().upper()) : "-")
                    .append(" | ").append(String.format(Locale.ROOT, "%.3f", c.threshold()))
                    .append(" | ").append(num(c.hlRatio(), "%.3f"))
                    .append(" | ").append(num(c.pValue(), "%.2g"))
                    .append(" | ").append(num(c.qValue(), "%.2g"))
                    .append(" | ").append(c.baselineForks()).append("/").append(c.candidateForks())
                    .append(" | ").append(c.method()).append(" |\n");
        }
        sb.append("\n<details><summary>Why each verdict</summary>\n\n");
        for (BenchmarkJudgement c : r.judgements()) {
            sb.append("- `").append(c.key()).append("`: ").append(c.verdict().label()).append(": ").append(c.reason()).append('\n');
        }
        sb.append("\n</details>\n");
        oneSide(sb, "On the baseline only (not compared)", r.onlyBaseline());
        oneSide(sb, "On the candidate only (not compared)", r.onlyCandidate());
        if (!notes.isEmpty()) {
            sb.append("\n### Notes\n\n");
            notes.forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        return sb.toString();
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
