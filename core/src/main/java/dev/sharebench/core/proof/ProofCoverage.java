package dev.sharebench.core.proof;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which registered aliases a folder of proof records actually ran, and how each fared: the table
 * "proof/check -> aliases it ran -> outcome" and, per alias, every record that ran it. An alias's
 * outcome in a record is that record's verdict, except where the record counts the alias on its own
 * (outcome ids {@code "<alias>: ..."}, as the checks and P13/P14/P18 do): then it is judged on those
 * outcomes alone ("failed" when one of its FORBIDDEN outcomes was seen), whatever the other aliases did.
 * Aliases are matched exactly, never by prefix or suffix ({@code pipe} is not {@code pipe-busy-poll}).
 */
public final class ProofCoverage {

    /** One record: its id and variant, the aliases it ran, its verdict. */
    public record RecordRow(String proof, String variant, List<String> aliases, String verdict) {
    }

    /** One record's run of an alias: the record's id and variant, and the alias's outcome there. */
    public record AliasRun(String proof, String variant, String outcome) {

        /** The outcomes that mean the alias is not proven correct by this record. */
        static final Set<String> FAILING = Set.of("failed", Verdict.FIX_FAILED.label(), Verdict.ERROR.label());

        public boolean failed() {
            return FAILING.contains(outcome);
        }

        @Override
        public String toString() {
            return proof + " " + variant + ": " + outcome;
        }
    }

    /** One registered alias and every record that ran it (empty when none did). */
    public record AliasRow(String alias, List<AliasRun> runs) {
        public boolean covered() {
            return !runs.isEmpty();
        }

        /** Whether some record that ran it says it failed (or could not run). */
        public boolean failed() {
            return runs.stream().anyMatch(AliasRun::failed);
        }

        /** The runs as {@code "P33 fixed: fix held"}. */
        public List<String> ranBy() {
            return runs.stream().map(AliasRun::toString).toList();
        }
    }

    private final List<RecordRow> records;
    private final List<AliasRow> aliases;

    private ProofCoverage(List<RecordRow> records, List<AliasRow> aliases) {
        this.records = records;
        this.aliases = aliases;
    }

    public static ProofCoverage of(List<ProofRecord> records, Collection<String> registryAliases) {
        List<RecordRow> rows = records.stream()
                .map(r -> new RecordRow(r.id(), r.variant().id(), r.aliases(), r.verdict().label())).toList();
        List<AliasRow> byAlias = new ArrayList<>();
        for (String alias : registryAliases) {
            List<AliasRun> runs = records.stream().filter(r -> r.aliases().contains(alias))
                    .map(r -> new AliasRun(r.id(), r.variant().id(), outcomeOf(r, alias))).toList();
            byAlias.add(new AliasRow(alias, runs));
        }
        return new ProofCoverage(rows, byAlias);
    }

    static String outcomeOf(ProofRecord r, String alias) {
        List<Outcome> own = r.outcomes().stream().filter(o -> alias.equals(aliasOf(o.id()))).toList();
        if (own.isEmpty() || r.verdict() == Verdict.ERROR) {
            return r.verdict().label();
        }
        if (own.stream().anyMatch(o -> o.grade() == Grade.FORBIDDEN && o.count() > 0)) {
            return "failed";
        }
        if (r.variant() == Variant.FIXED) {
            return Verdict.FIX_HELD.label();
        }
        return own.stream().anyMatch(o -> o.grade() == Grade.ACCEPTABLE_INTERESTING && o.count() > 0)
                ? Verdict.REPRODUCED.label() : Verdict.NOT_REPRODUCED.label();
    }

    /* The alias an outcome id names ("pipe: wrong" -> "pipe"), or null for an id that names none ("1", "lost"). */
    static String aliasOf(String outcomeId) {
        int colon = outcomeId.indexOf(": ");
        return colon < 0 ? null : outcomeId.substring(0, colon);
    }

    public List<RecordRow> records() {
        return records;
    }

    public List<AliasRow> aliases() {
        return aliases;
    }

    public List<String> uncovered() {
        return aliases.stream().filter(a -> !a.covered()).map(AliasRow::alias).toList();
    }

    /** The aliases some record that ran them says failed (or could not run). */
    public List<String> failed() {
        return aliases.stream().filter(AliasRow::failed).map(AliasRow::alias).toList();
    }

    /** Both tables as Markdown. */
    public String markdown() {
        StringBuilder s = new StringBuilder("| proof/check | variant | aliases it ran | outcome |\n| --- | --- | --- | --- |\n");
        records.forEach(r -> s.append("| ").append(r.proof()).append(" | ").append(r.variant()).append(" | ")
                .append(r.aliases().isEmpty() ? "none" : String.join(", ", r.aliases())).append(" | ").append(r.verdict()).append(" |\n"));
        s.append("\n| alias | ran by (record: outcome) |\n| --- | --- |\n");
        aliases.forEach(a -> s.append("| ").append(a.alias()).append(" | ")
                .append(a.covered() ? a.ranBy().stream().collect(Collectors.joining("; ")) : "NOT RUN by any record").append(" |\n"));
        return s.toString();
    }
}
