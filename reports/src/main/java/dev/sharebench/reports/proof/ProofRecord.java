package dev.sharebench.reports.proof;

import java.util.List;

/**
 * One proof record ({@code proofs/*.json}): a broken or fixed variant of a pitfall proof and what
 * this run saw. Written by the proof runner; the report reads counts, never re-grades them.
 * {@code aliases} are the registered mechanisms the variant ran (a record is evidence for those
 * only); {@code deterministic} says the outcomes follow from the code, not from timing (every run counts
 * the same), so the counts are not a rate.
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

    /**
     * What this record says about {@code alias} alone (a verdict label), or null when it did not run
     * it. A record that counts each alias on its own (outcome ids {@code "<alias>: ..."}, as the
     * checks P30-P35 do) judges the alias on those outcomes only: one alias's forbidden outcome fails
     * that alias, not its neighbours. Otherwise (an error, or no outcomes of its own) the record's verdict.
     */
    public String verdictFor(String alias) {
        if (!ran(alias)) {
            return null;
        }
        List<Outcome> own = outcomes.stream().filter(o -> alias.equals(aliasOf(o.id()))).toList();
        if (own.isEmpty() || "error".equals(verdict)) {
            return verdict;
        }
        if (broken()) {
            return own.stream().anyMatch(o -> "ACCEPTABLE_INTERESTING".equals(o.grade()) && o.count() > 0)
                    ? "reproduced" : "not reproduced on this hardware";
        }
        return own.stream().anyMatch(o -> "FORBIDDEN".equals(o.grade()) && o.count() > 0) ? "fix failed" : "fix held";
    }

    /* The alias an outcome id names ("long-adder: wrong" -> "long-adder"), or null for an id without one. */
    private static String aliasOf(String outcomeId) {
        int colon = outcomeId.indexOf(": ");
        return colon < 0 ? null : outcomeId.substring(0, colon);
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
