package dev.sharebench.core.proof;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which half of a proof: the classic mistake, or its fix. */
public enum Variant {
    BROKEN, FIXED;

    /** Lower-case name used in records and file names: {@code broken}, {@code fixed}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
