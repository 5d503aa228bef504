package dev.sharebench.reports.proof;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One proof record ({@code proofs/*.json}): a broken or fixed variant of a pitfall proof and what
 * this run saw. Written by the proof runner; the report reads counts and verdicts, never re-grades
 * them. {@code aliases} are the registered mechanisms the variant ran (a record is evidence for those
 * only); {@code aliasVerdicts} what it says about each of them in each setup it ran them (judged by
 * core's {@code AliasVerdict}, the one rule; records written before that field existed say their own
 * verdict about every alias they ran); {@code deterministic} says the outcomes follow from the code,
 * not from timing (every run counts the same), so the counts are not a rate.
 */
public record ProofRecord(String id, int number, String title, String pitfall, String kind, String variant,
                          String test, long trials, List<Outcome> outcomes, String verdict, String reason,
                          String arch, String jdk, int cpus, String mode, long durationMs, List<String> aliases,
                          boolean deterministic, List<AliasVerdict> aliasVerdicts) {

    public record Outcome(String id, long count, String grade, String desc) {
    }

    /**
     * What the record says about {@code alias} in one setup.
     *
     * @param params  the setup, by the benchmark's @Param names (e.g. {@code waitStrategy=spin}); empty: the alias's one way
     * @param verdict a verdict label ("fix held", "fix failed", "error", "reproduced", ...)
     */
    public record AliasVerdict(String alias, Map<String, String> params, String verdict) {
        public AliasVerdict {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        /** Whether a row measured with {@code fixedParams} ran this setup: every param of the setup has that value there. */
        public boolean matches(Map<String, String> fixedParams) {
            return params.entrySet().stream().allMatch(e -> e.getValue().equals(fixedParams.get(e.getKey())));
        }

        /** {@code "P31 fix held"}, or {@code "P31 fix held (waitStrategy=spin)"} for a setup. */
        public String cite(String proof) {
            return proof + " " + verdict + (params.isEmpty() ? "" : " (" + setup() + ")");
        }

        /** The setup as {@code "k=v, k=v"}. */
        public String setup() {
            return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    public ProofRecord {
        outcomes = List.copyOf(outcomes);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        aliasVerdicts = aliasVerdicts == null ? List.copyOf(aliases.stream().map(a -> new AliasVerdict(a, Map.of(), verdict)).toList())
                : List.copyOf(aliasVerdicts);
    }

    /** A record without per-alias verdicts: its own verdict speaks for every alias it ran. */
    public ProofRecord(String id, int number, String title, String pitfall, String kind, String variant,
                       String test, long trials, List<Outcome> outcomes, String verdict, String reason,
                       String arch, String jdk, int cpus, String mode, long durationMs, List<String> aliases,
                       boolean deterministic) {
        this(id, number, title, pitfall, kind, variant, test, trials, outcomes, verdict, reason, arch, jdk, cpus, mode, durationMs,
                aliases, deterministic, null);
    }

    /** Whether this variant ran the registered mechanism {@code alias}. */
    public boolean ran(String alias) {
        return aliases.contains(alias);
    }

    /** What this record says about {@code alias}, per setup it ran it in (empty when it did not run it). */
    public List<AliasVerdict> verdictsOf(String alias) {
        return aliasVerdicts.stream().filter(v -> v.alias().equals(alias)).toList();
    }

    /**
     * What this record says about {@code alias} as a row measured with {@code fixedParams} ran it: only
     * the setups whose every param has the row's value (P31's {@code waitStrategy=park} says nothing
     * about a {@code waitStrategy=spin} row). Empty when the record did not run the alias that way.
     */
    public List<AliasVerdict> verdictsFor(String alias, Map<String, String> fixedParams) {
        return verdictsOf(alias).stream().filter(v -> v.matches(fixedParams)).toList();
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
