package dev.sharebench.core.proof;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which registered aliases a folder of proof records actually ran, and how each fared: the table
 * "proof/check -> aliases it ran -> outcome" and, per alias, every record (and setup, e.g.
 * {@code waitStrategy=spin}) that ran it, with the record's {@link AliasVerdict} about it: the one
 * rule the report reads too. Aliases are matched exactly, never by prefix or suffix ({@code pipe}
 * is not {@code pipe-busy-poll}).
 */
public final class ProofCoverage {

    /** One record: its id and variant, the aliases it ran, its verdict. */
    public record RecordRow(String proof, String variant, List<String> aliases, String verdict) {
    }

    /** One record's run of an alias in one setup: the record's id and variant, the setup ("" for none), the alias's verdict there. */
    public record AliasRun(String proof, String variant, String setup, Verdict verdict) {

        /** Whether this record says the alias failed here (a fix that failed, or a run that could not be judged). */
        public boolean failed() {
            return verdict.failsRun();
        }

        @Override
        public String toString() {
            return proof + " " + variant + (setup.isEmpty() ? "" : " [" + setup + "]") + ": " + verdict.label();
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

        /** The runs as {@code "P33 fixed: fix held"}, {@code "P31 fixed [waitStrategy=spin]: fix held"}. */
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
            List<AliasRun> runs = records.stream().flatMap(r -> r.aliasVerdicts().stream().filter(v -> v.alias().equals(alias))
                    .map(v -> new AliasRun(r.id(), r.variant().id(), v.setup(), v.verdict()))).toList();
            byAlias.add(new AliasRow(alias, runs));
        }
        return new ProofCoverage(rows, byAlias);
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
