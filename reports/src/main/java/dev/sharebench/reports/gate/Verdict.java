package dev.sharebench.reports.gate;

/** The gate's verdict for one benchmark. Only FAIL fails the build. */
public enum Verdict {
    /** The whole CI is above 1 + delta, and the rank test agrees after Benjamini-Hochberg. */
    FAIL,
    /** The CI straddles 1 + delta (or the CI and the rank test disagree): no claim either way. */
    INCONCLUSIVE,
    /** The whole CI is below 1 + delta: any slowdown is smaller than the threshold. */
    PASS,
    /** Fewer than the minimum forks on a side: no estimate is given, never a guess. */
    INSUFFICIENT_DATA;

    public String label() {
        return this == INSUFFICIENT_DATA ? "insufficient data" : name();
    }
}
