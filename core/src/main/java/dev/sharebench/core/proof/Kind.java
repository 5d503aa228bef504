package dev.sharebench.core.proof;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a proof is run. */
public enum Kind {
    /** A jcstress test in the jcstress module; its results are converted into records. */
    JCSTRESS("jcstress"),
    /** A single-JVM proof that needs no racing: run by {@code core.jar proofs}. */
    DETERMINISTIC("deterministic"),
    /** A proof with child JVMs: run by {@code core.jar proofs}. */
    CROSS_PROCESS("cross-process"),
    /**
     * A correctness check of registered mechanisms (no classic mistake, only a Fixed variant): a
     * stress run of every alias of a family, by {@code core.jar proofs}.
     */
    CHECK("check"),
    /**
     * A correctness check of registered mechanisms run by jcstress: one test per alias, whose results
     * the converter gathers into the check's one record (Fixed only, like {@link #CHECK}).
     */
    JCSTRESS_CHECK("jcstress-check");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Whether jcstress runs it (its records come from the jcstress converter, not the proof runner). */
    public boolean underJcstress() {
        return this == JCSTRESS || this == JCSTRESS_CHECK;
    }

    /** Whether it checks registered mechanisms: no classic mistake to show, so a Fixed variant only. */
    public boolean isCheck() {
        return this == CHECK || this == JCSTRESS_CHECK;
    }
}
