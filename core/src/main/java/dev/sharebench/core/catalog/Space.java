package dev.sharebench.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A group of benchmark methods of one workload and the mechanisms they take. Most workloads have
 * one; HandoffBench has two because its polling and blocking groups accept different mechanisms
 * (a JMH {@code -p} applies to every selected method, so they run as separate invocations).
 *
 * @param methods    method (or {@code @Group}) names, a regex alternation
 * @param contract   the factory's contract the aliases come from ({@code ""} for a benchmark without mechanisms)
 * @param supported  every alias the factory offers this space (those that can wait the space's ways)
 * @param mechanisms the aliases measured: {@code supported} minus the workload's listed exclusions
 */
public record Space(String methods, String contract, List<String> supported, List<String> mechanisms) {
    public Space {
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(contract, "contract");
        supported = List.copyOf(supported);
        mechanisms = List.copyOf(mechanisms);
        if (!supported.containsAll(mechanisms)) {
            throw new IllegalArgumentException("space " + methods + ": measures aliases its factory does not offer");
        }
    }

    /** Whether {@code method} is one of this space's methods. */
    public boolean covers(String method) {
        return method.matches(methods);
    }
}
