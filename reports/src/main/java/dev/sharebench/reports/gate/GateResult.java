package dev.sharebench.reports.gate;

import java.util.List;

/**
 * A whole gate run: judgements worst first, and the benchmarks found on one side only (listed in
 * every output, never skipped silently).
 */
public record GateResult(List<BenchmarkJudgement> judgements, List<String> onlyBaseline, List<String> onlyCandidate,
                         GateSettings settings) {

    public GateResult {
        judgements = List.copyOf(judgements);
        onlyBaseline = List.copyOf(onlyBaseline);
        onlyCandidate = List.copyOf(onlyCandidate);
    }

    public long count(Verdict v) {
        return judgements.stream().filter(c -> c.verdict() == v).count();
    }

    /** Benchmarks that got a real verdict (PASS, FAIL or INCONCLUSIVE). */
    public long judged() {
        return judgements.size() - count(Verdict.INSUFFICIENT_DATA);
    }

    public boolean regression() {
        return count(Verdict.FAIL) > 0;
    }
}
