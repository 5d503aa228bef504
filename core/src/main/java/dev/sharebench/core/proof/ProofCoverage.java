package dev.sharebench.core.proof;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which registered aliases a folder of proof records actually ran, and how each fared: the table
 * "proof/check -> aliases it ran -> outcome" and, per alias, every record that ran it. An alias's
 * outcome in a record is that record's verdict, except where the record counts the alias on its own
 * (outcome ids {@code "<alias>: ..."}, as the checks and P13/P14/P18 do): then it is judged on those
 * outcomes alone ("failed" when one of its FORBIDDEN outcomes was seen), whatever the other aliases did.
 */
public final class ProofCoverage {

    /** One record: its id and variant, the aliases it ran, its verdict. */
    public record RecordRow(String proof, String variant, List<String> aliases, String verdict) {
    }

    /** One registered alias: every record that ran it, as {@code "P33 fixed: fix held"}; empty when none did. */
    public record AliasRow(String alias, List<String> ranBy) {
        public boolean covered() {
            return !ranBy.isEmpty();
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
            List<String> ranBy = records.stream().filter(r -> r.aliases().contains(alias))
                    .map(r -> r.id() + " " + r.variant().id() + ": " + outcomeOf(r, alias)).toList();
            byAlias.add(new AliasRow(alias, ranBy));
        }
        return new ProofCoverage(rows, byAlias);
    }

    static String outcomeOf(ProofRecord r, String alias) {
        List<Outcome> own = r.outcomes().stream().filter(o -> o.id().startsWith(alias + ": ")).toList();
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

    public List<RecordRow> records() {
        return records;
    }

    public List<AliasRow> aliases() {
        return aliases;
    }

    public List<String> uncovered() {
        return aliases.stream().filter(a -> !a.covered()).map(AliasRow::alias).toList();
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
