package dev.sharebench.core;

import java.util.Collection;

/** Thrown when an alias is not in {@link Mechanisms}; the message lists the aliases that exist. */
public final class UnknownMechanismException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownMechanismException(String alias, Collection<String> known) {
        super("unknown mechanism '" + alias + "' (known: " + String.join(", ", known) + ")");
    }

    public UnknownMechanismException(String alias, String contract, Collection<String> supported) {
        super("mechanism '" + alias + "' has no " + contract + " implementation (supported: "
                + String.join(", ", supported) + ")");
    }
}
