package dev.sharebench.core.proof;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a proof variant showed, in the words the records and reports use. */
public enum Verdict {
    /** Broken variant: the bug appeared (some ACCEPTABLE_INTERESTING outcome was seen). */
    REPRODUCED("reproduced"),
    /** Broken variant: the bug did not appear here; the record says why. */
    NOT_REPRODUCED("not reproduced on this hardware"),
    /** Fixed variant: no FORBIDDEN outcome was seen. */
    FIX_HELD("fix held"),
    /** Fixed variant: a FORBIDDEN outcome was seen. */
    FIX_FAILED("fix failed"),
    /** The proof could not run or its result cannot be judged. */
    ERROR("error");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** True for the verdicts that fail a run: a fix that failed, or an error. */
    public boolean failsRun() {
        return this == FIX_FAILED || this == ERROR;
    }
}
