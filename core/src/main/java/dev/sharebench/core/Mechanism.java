package dev.sharebench.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One way of sharing data, named by a stable kebab-case alias. The alias is the only name the suite
 * uses for it: in JMH {@code @Param}s, result files, chart legends and report tables.
 *
 * @param alias       stable kebab-case name, e.g. {@code long-adder}
 * @param family      the family it belongs to
 * @param description one line: what it is, concretely, on the JVM
 * @param classicIdea the textbook sharing idea it stands for, e.g. "lock-guarded global"
 */
public record Mechanism(String alias, Family family, String description, String classicIdea) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Mechanism {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(classicIdea, "classicIdea");
        if (!KEBAB.matcher(alias).matches()) {
            throw new IllegalArgumentException("mechanism alias is not kebab-case: '" + alias + "'");
        }
    }
}
