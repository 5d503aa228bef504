package dev.sharebench.core.proof;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The machine-readable result of one proof variant: one JSON file under
 * {@code results/<run-id>/proofs/}, named {@code P01-broken.json}. The reports read exactly these
 * field names; jcstress results are converted into the same shape. {@code aliases} lists the
 * registry mechanisms a variant ran (empty when it ran none of them, e.g. a jcstress test).
 */
@JsonPropertyOrder({"id", "number", "title", "pitfall", "kind", "variant", "test", "trials", "outcomes",
        "verdict", "reason", "arch", "jdk", "cpus", "mode", "durationMs", "aliases"})
public record ProofRecord(String id, int number, String title, String pitfall, Kind kind, Variant variant,
                          String test, long trials, List<Outcome> outcomes, Verdict verdict, String reason,
                          String arch, String jdk, int cpus, Mode mode, long durationMs, List<String> aliases) {

    public ProofRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(verdict, "verdict");
        outcomes = List.copyOf(outcomes);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        boolean needsReason = verdict == Verdict.NOT_REPRODUCED || verdict == Verdict.FIX_FAILED || verdict == Verdict.ERROR;
        if (needsReason && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(id + " " + variant.id() + ": verdict '" + verdict.label() + "' needs a reason");
        }
    }

    /** Builds a record for {@code info}, judging the outcomes by {@link Judgement}'s rules. */
    public static ProofRecord judged(ProofInfo info, Variant variant, String test, long trials, List<Outcome> outcomes,
                                     Mode mode, long durationMs) {
        Judgement j = Judgement.of(variant, trials, outcomes, info.notReproducedReason());
        return new ProofRecord(info.id(), info.number(), info.title(), info.pitfall(), info.kind(), variant, test, trials,
                outcomes, j.verdict(), j.reason(), RunEnvironment.arch(), RunEnvironment.jdk(), RunEnvironment.cpus(), mode, durationMs, List.of());
    }

    /** A record for a variant that could not run; the reason says what went wrong. */
    public static ProofRecord error(ProofInfo info, Variant variant, String test, String reason, Mode mode, long durationMs) {
        return new ProofRecord(info.id(), info.number(), info.title(), info.pitfall(), info.kind(), variant, test, 0,
                List.of(), Verdict.ERROR, reason, RunEnvironment.arch(), RunEnvironment.jdk(), RunEnvironment.cpus(), mode, durationMs, List.of());
    }

    /** This record, listing the registry aliases the variant ran (e.g. {@code manager-uds}). */
    public ProofRecord withAliases(List<String> ran) {
        return new ProofRecord(id, number, title, pitfall, kind, variant, test, trials, outcomes, verdict, reason,
                arch, jdk, cpus, mode, durationMs, ran);
    }

    /** File name of this record inside the proofs folder, e.g. {@code P01-broken.json}. */
    public String fileName() {
        return id + "-" + variant.id() + ".json";
    }
}
