package dev.sharebench.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parameter set of a workload in one profile: which benchmark methods, which mechanisms, which
 * values of the other {@code @Param}s (absent: the benchmark's own defaults), how many forks and how
 * long each fork measures. The runner turns it into JMH invocations of one fork each.
 *
 * @param workload   the workload's name (its benchmark class's simple name)
 * @param benchClass the benchmark's fully qualified class name
 * @param methods    benchmark method (or {@code @Group}) names, a regex alternation such as {@code polling}
 * @param mechanisms the {@code mechanism} values; empty when the benchmark has no mechanism parameter
 * @param params     other {@code @Param} values, in a stable order; absent names keep the defaults
 * @param forks      forks per parameter point
 * @param timing     warm-up and measurement of one fork
 * @param role       headline or exploratory
 */
public record RunSpec(String workload, String benchClass, String methods, List<String> mechanisms,
                      Map<String, List<String>> params, int forks, Timing timing, Role role) {

    public RunSpec {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(benchClass, "benchClass");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(role, "role");
        mechanisms = List.copyOf(mechanisms);
        params = Params.copy(params);
        if (forks < 1) {
            throw new IllegalArgumentException(workload + ": forks must be >= 1, got " + forks);
        }
        if (params.containsKey("mechanism")) {
            throw new IllegalArgumentException(workload + ": mechanisms are a field of their own, not a param");
        }
    }

    /** The JMH include pattern that selects exactly these methods of this class. */
    public String includeRegex() {
        return "^" + benchClass.replace(".", "\\.") + "\\.(" + methods + ")$";
    }

    /**
     * The JMH arguments of this set as one line, for a human or another JMH runner: include regex,
     * parameters, timing, forks. {@code -rf}/{@code -rff} and JVM flags are the caller's.
     */
    public List<String> jmhArgs() {
        List<String> a = new ArrayList<>();
        a.add(includeRegex());
        if (!mechanisms.isEmpty()) {
            a.add("-p");
            a.add("mechanism=" + String.join(",", mechanisms));
        }
        params.forEach((k, v) -> {
            a.add("-p");
            a.add(k + "=" + String.join(",", v));
        });
        a.addAll(timing.jmhArgs());
        a.add("-f");
        a.add(Integer.toString(forks));
        return a;
    }
}
