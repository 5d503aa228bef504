package dev.sharebench.core.proof;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The machine-readable result of one proof variant: one JSON file under
 * {@code results/<run-id>/proofs/}, named {@code P01-broken.json}. The reports read exactly these
 * field names; jcstress results are converted into the same shape. {@code aliases} are the
 * registry aliases this variant actually ran (what the record may be cited for), {@code aliasVerdicts}
 * what it says about each of them per setup it ran ({@link AliasVerdict}'s rule; derived from the
 * outcomes, written for the report, never read back), {@code deterministic} says the counts follow
 * from the code and are not a rate.
 */
@JsonPropertyOrder({"id", "number", "title", "pitfall", "kind", "variant", "test", "trials", "outcomes",
        "verdict", "reason", "aliases", "aliasVerdicts", "deterministic", "arch", "jdk", "cpus", "mode", "durationMs"})
@JsonIgnoreProperties(value = "aliasVerdicts", allowGetters = true)
public record ProofRecord(String id, int number, String title, String pitfall, Kind kind, Variant variant,
                          String test, long trials, List<Outcome> outcomes, Verdict verdict, String reason,
                          List<String> aliases, boolean deterministic, String arch, String jdk, int cpus, Mode mode, long durationMs) {

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

    /**
     * Builds a record for {@code info}, judging the outcomes by {@link Judgement}'s rules.
     *
     * @param aliases the registry aliases this variant ran
     */
    public static ProofRecord judged(ProofInfo info, Variant variant, String test, long trials, List<Outcome> outcomes,
                                     List<String> aliases, Mode mode, long durationMs) {
        String silentReason = info.notReproducedReason() != null ? info.notReproducedReason()
                : info.reordering() ? MemoryModelNote.notReproduced(RunEnvironment.arch()).orElse(null) : null;
        Judgement j = Judgement.of(variant, trials, outcomes, silentReason);
        return new ProofRecord(info.id(), info.number(), info.title(), info.pitfall(), info.kind(), variant, test, trials,
                outcomes, j.verdict(), j.reason(), aliases, info.deterministic(), RunEnvironment.arch(), RunEnvironment.jdk(), RunEnvironment.cpus(), mode, durationMs);
    }

    /** A record for a variant that could not run; the reason says what went wrong. */
    public static ProofRecord error(ProofInfo info, Variant variant, String test, String reason, Mode mode, long durationMs) {
        return new ProofRecord(info.id(), info.number(), info.title(), info.pitfall(), info.kind(), variant, test, 0,
                List.of(), Verdict.ERROR, reason, List.of(), info.deterministic(), RunEnvironment.arch(), RunEnvironment.jdk(), RunEnvironment.cpus(), mode, durationMs);
    }

    /** This record with {@code note} appended to its reason (a record without a reason is returned as is). */
    public ProofRecord withNote(String note) {
        return reason == null ? this : new ProofRecord(id, number, title, pitfall, kind, variant, test, trials, outcomes, verdict,
                reason + " " + note, aliases, deterministic, arch, jdk, cpus, mode, durationMs);
    }

    /** What this record says about each alias it ran, per setup (see {@link AliasVerdict}). */
    @JsonProperty("aliasVerdicts")
    public List<AliasVerdict> aliasVerdicts() {
        return AliasVerdict.of(variant, verdict, outcomes, aliases);
    }

    /** File name of this record inside the proofs folder, e.g. {@code P01-broken.json}. */
    public String fileName() {
        return fileName(id, variant);
    }

    /** File name of the record of proof {@code id}'s {@code variant}, e.g. {@code P01-broken.json}. */
    public static String fileName(String id, Variant variant) {
        return id + "-" + variant.id() + ".json";
    }
}
