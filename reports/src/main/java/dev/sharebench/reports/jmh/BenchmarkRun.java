package dev.sharebench.reports.jmh;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One entry of a JMH JSON result file: one benchmark method with one parameter set.
 *
 * @param source     the file it came from (for error messages and citations)
 * @param benchmark  fully qualified benchmark name, e.g. {@code dev.sharebench.jmh.lock.CounterBench.contended}
 * @param mode       JMH mode id: {@code thrpt}, {@code avgt}, {@code sample}, {@code ss}
 * @param params     the {@code @Param} values (sorted by name)
 * @param primary    the primary metric
 * @param secondary  secondary metrics by name (group members, aux counters, profilers such as {@code gc.alloc.rate.norm})
 */
public record BenchmarkRun(Path source, String jmhVersion, String benchmark, String mode, int threads, int forks,
                           String jdkVersion, String vmName, List<String> jvmArgs, Map<String, String> params,
                           Metric primary, Map<String, Metric> secondary) {

    public BenchmarkRun {
        params = new TreeMap<>(params);
        jvmArgs = List.copyOf(jvmArgs);
        // JMH's order (a LinkedHashMap copy): Map.copyOf's order changes from one JVM to the next,
        // and the report's secondary columns and CSV rows must not.
        secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
    }

    /** Identity of this run across files: benchmark name, mode and sorted parameters. */
    public String key() {
        if (params.isEmpty()) {
            return benchmark + " [" + mode + "]";
        }
        return benchmark + " [" + mode + "] " + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** {@code Class.method}, without the package. */
    public String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** The benchmark class's simple name, e.g. {@code CounterBench}: the workload. */
    public String workload() {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2];
    }

    /** The value of {@code @Param("mechanism")}, or null when the benchmark has none. */
    public String mechanism() {
        return params.get("mechanism");
    }
}
