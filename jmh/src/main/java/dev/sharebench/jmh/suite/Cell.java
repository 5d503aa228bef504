package dev.sharebench.jmh.suite;

import dev.sharebench.core.catalog.RunSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One parameter point of one benchmark method: every {@code @Param} has exactly one value, so one
 * JMH invocation with {@code -f 1} runs exactly one fork of it. The suite runner schedules cells,
 * not benchmarks, which is what lets it interleave the forks of different mechanisms.
 *
 * @param spec      the catalogue parameter set it came from (forks, timing, role)
 * @param method    the benchmark method or {@code @Group} name
 * @param mechanism the {@code mechanism} value, or null for a benchmark without one
 * @param params    every other {@code @Param}, one value each, sorted by name
 */
record Cell(RunSpec spec, String method, String mechanism, Map<String, String> params) {

    Cell {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(method, "method");
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** Identity of the point, independent of the spec that asked for it: two specs never run it twice. */
    String key() {
        return spec.benchClass() + "." + method + "|" + (mechanism == null ? "" : mechanism) + "|" + params;
    }

    /** A short human label: {@code contended mechanism=long-adder holdTokens=0}. */
    String label() {
        StringBuilder s = new StringBuilder(spec.workload()).append('.').append(method);
        if (mechanism != null) {
            s.append(" mechanism=").append(mechanism);
        }
        params.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        return s.toString();
    }

    /** A file-name-safe id, unique within a workload. */
    String fileId() {
        String p = params.entrySet().stream().map(e -> e.getKey() + "_" + e.getValue()).collect(Collectors.joining("-"));
        String raw = method + (mechanism == null ? "" : "-" + mechanism) + (p.isEmpty() ? "" : "-" + p);
        return raw.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** JMH arguments for one fork of this cell, results as JSON into {@code json}. */
    List<String> jmhArgs(String json, List<String> jvmFlags, List<String> extra) {
        List<String> a = new ArrayList<>();
        a.add("^" + spec.benchClass().replace(".", "\\.") + "\\." + method + "$");
        if (mechanism != null) {
            a.add("-p");
            a.add("mechanism=" + mechanism);
        }
        params.forEach((k, v) -> {
            a.add("-p");
            a.add(k + "=" + v);
        });
        a.addAll(spec.timing().jmhArgs());
        a.addAll(List.of("-f", "1", "-foe", "true", "-rf", "json", "-rff", json));
        if (!jvmFlags.isEmpty()) {
            a.add("-jvmArgsPrepend");
            a.add(String.join(" ", jvmFlags));
        }
        a.addAll(extra);
        return a;
    }
}
