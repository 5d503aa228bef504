package dev.sharebench.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A group of benchmark methods of one workload and the mechanisms they take. Most workloads have
 * one; HandoffBench has two because its polling and blocking groups accept different mechanisms
 * (a JMH {@code -p} applies to every selected method, so they run as separate invocations).
 *
 * @param methods    method (or {@code @Group}) names, a regex alternation
 * @param mechanisms the aliases, from the workload's factory minus its listed exclusions
 */
public record Space(String methods, List<String> mechanisms) {
    public Space {
        Objects.requireNonNull(methods, "methods");
        mechanisms = List.copyOf(mechanisms);
    }

    /** Whether {@code method} is one of this space's methods. */
    public boolean covers(String method) {
        return method.matches(methods);
    }
}
