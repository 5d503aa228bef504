package dev.sharebench.core.proof;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long a proof run may take: {@code sanity} (CI, seconds in all), {@code quick} (run-all
 * default), {@code full} (publication). Proofs scale their trial counts with {@link #scale()}.
 */
public enum Mode {
    SANITY(1), QUICK(4), FULL(20);

    private final int scale;

    Mode(int scale) {
        this.scale = scale;
    }

    public int scale() {
        return scale;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code sanity|quick|full}; the error names the argument and the allowed values. */
    public static Mode parse(String argumentName, String value) {
        for (Mode m : values()) {
            if (m.id().equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException(argumentName + ": unknown mode '" + value + "', expected one of "
                + Arrays.stream(values()).map(Mode::id).toList());
    }
}
