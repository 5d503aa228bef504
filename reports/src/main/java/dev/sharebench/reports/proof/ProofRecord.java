package dev.sharebench.reports.proof;

import java.util.List;

/**
 * One proof record ({@code proofs/*.json}): a broken or fixed variant of a pitfall proof and what
 * this run saw. Written by the proof runner; the report reads counts, never re-grades them.
 * {@code aliases} are the registered mechanisms the variant ran (a record is evidence for those
 * only); {@code deterministic} says every trial ends the same way, so the counts are not a rate.
 */
public record ProofRecord(String id, int number, String title, String pitfall, String kind, String variant,
                          String test, long trials, List<Outcome> outcomes, String verdict, String reason,
                          String arch, String jdk, int cpus, String mode, long durationMs, List<String> aliases,
                          boolean deterministic) {

    public record Outcome(String id, long count, String grade, String desc) {
    }

    public ProofRecord {
        outcomes = List.copyOf(outcomes);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Whether this variant ran the registered mechanism {@code alias}. */
    public boolean ran(String alias) {
        return aliases.contains(alias);
    }

    public boolean broken() {
        return "broken".equals(variant);
    }

    /** Fixed variant whose fix failed (a forbidden outcome showed up) or that could not run. */
    public boolean fixFailed() {
        return !broken() && ("fix failed".equals(verdict) || "error".equals(verdict));
    }

    /** Broken variant whose bug showed up on this run. */
    public boolean reproduced() {
        return broken() && "reproduced".equals(verdict);
    }

    public long countOf(String grade) {
        return outcomes.stream().filter(o -> grade.equals(o.grade())).mapToLong(Outcome::count).sum();
    }
}
