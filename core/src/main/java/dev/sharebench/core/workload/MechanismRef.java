package dev.sharebench.core.workload;

import dev.sharebench.core.Family;
import dev.sharebench.core.Mechanism;
import java.util.Objects;

/**
 * What a factory registration says about its mechanism: either its definition, the one place its
 * alias, family, description and classic idea are written ({@link #define}), or a reference to the
 * definition another factory makes ({@link #reuse}), for a mechanism that serves several contracts
 * ({@code offheap-segment} is a counter and a bulk array, {@code pipe} a round trip and a stream).
 */
public final class MechanismRef {

    private final String alias;
    private final Mechanism definition;

    private MechanismRef(String alias, Mechanism definition) {
        this.alias = Objects.requireNonNull(alias, "alias");
        this.definition = definition;
    }

    /** Defines the mechanism here; {@link Mechanisms} fails if another registration defines it too. */
    public static MechanismRef define(String alias, Family family, String description, String classicIdea) {
        return new MechanismRef(alias, new Mechanism(alias, family, description, classicIdea));
    }

    /** Refers to the mechanism another registration defines; {@link Mechanisms} fails if none does. */
    public static MechanismRef reuse(String alias) {
        return new MechanismRef(alias, null);
    }

    public String alias() {
        return alias;
    }

    /** The definition, or null for a {@link #reuse}. */
    public Mechanism definition() {
        return definition;
    }

    public boolean defines() {
        return definition != null;
    }

    @Override
    public String toString() {
        return (defines() ? "define(" : "reuse(") + alias + ")";
    }
}
