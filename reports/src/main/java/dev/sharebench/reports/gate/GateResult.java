package dev.sharebench.reports.gate;

import java.util.List;

/**
 * A whole gate run: comparisons worst first, and the benchmarks found on one side only (listed in
 * every output, never skipped silently).
 */
public record GateResult(List<Comparison> comparisons, List<String> onlyBaseline, List<String> onlyCandidate,
                         GateSettings settings) {

    public GateResult {
        comparisons = List.copyOf(comparisons);
        onlyBaseline = List.copyOf(onlyBaseline);
        onlyCandidate = List.copyOf(onlyCandidate);
    }

    public long count(Verdict v) {
        return comparisons.stream().filter(c -> c.verdict() == v).count();
    }

    /** Benchmarks that got a real verdict (PASS, FAIL or INCONCLUSIVE). */
    public long judged() {
        return comparisons.size() - count(Verdict.INSUFFICIENT_DATA);
    }

    public boolean regression() {
        return count(Verdict.FAIL) > 0;
    }
}
