package dev.sharebench.reports.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code java -jar benchmarks.jar -lp REGEX...} lists: the benchmarks a parameter set selects
 * in one jar, and each one's parameters with their default values, e.g.
 * <pre>
 * Benchmarks:
 * dev.sharebench.jmh.lock.CounterBench.contended
 *   param "holdTokens" = {0, 16}
 *   param "mechanism" = {}
 * </pre>
 * From it and the set's own {@code -p} lists, the benchmark x parameter points the set will
 * produce, before anything is measured: the number of benchmarks the gate will test, which decides
 * whether a FAIL is reachable at all ({@link Feasibility}).
 *
 * @param benchmarks benchmark name to its parameters' default values (an empty list: none declared,
 *                   e.g. this suite's {@code @Param({}) mechanism}, filled in at run time)
 */
record JarListing(Map<String, Map<String, List<String>>> benchmarks) {

    static JarListing parse(List<String> lines) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        int at = 0;
        while (at < lines.size() && !lines.get(at).strip().equals("Benchmarks:")) {
            at++;
        }
        Map<String, List<String>> current = null;
        for (String line : lines.subList(Math.min(at + 1, lines.size()), lines.size())) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                current = new LinkedHashMap<>();
                out.put(t, current);
            } else if (current != null && t.startsWith("param \"")) {
                int close = t.indexOf('"', 7);
                int open = t.indexOf('{');
                String values = open < 0 ? "" : t.substring(open + 1, t.lastIndexOf('}')).strip();
                current.put(t.substring(7, close), values.isEmpty() ? List.of() : List.of(values.split(",\\s*")));
            }
        }
        return new JarListing(out);
    }

    boolean isEmpty() {
        return benchmarks.isEmpty();
    }

    /**
     * The points {@code set} produces, as "benchmark [mode i] p=v,..." strings: per benchmark, every
     * combination of its parameters' values ({@code -p} wins over the defaults), times its modes.
     * A parameter with neither defaults nor {@code -p} counts once ({@link #hasUnknownParams}).
     */
    Set<String> points(BenchSet set) {
        Map<String, List<String>> given = set.paramValues();
        Set<String> out = new TreeSet<>();
        for (var b : benchmarks.entrySet()) {
            List<String> combos = List.of("");
            for (var p : new TreeMap<>(b.getValue()).entrySet()) {
                List<String> values = given.getOrDefault(p.getKey(), p.getValue());
                List<String> next = new ArrayList<>();
                for (String c : combos) {
                    for (String v : values.isEmpty() ? List.of("?") : values) {
                        next.add(c + " " + p.getKey() + "=" + v);
                    }
                }
                combos = next;
            }
            for (int mode = 0; mode < set.modeCount(); mode++) {
                for (String c : combos) {
                    out.add(b.getKey() + " [mode " + mode + "]" + c);
                }
            }
        }
        return out;
    }

    /** Whether some parameter has no values to count (so {@link #points} is a lower bound). */
    boolean hasUnknownParams(BenchSet set) {
        return benchmarks.values().stream().flatMap(p -> p.entrySet().stream())
                .anyMatch(p -> p.getValue().isEmpty() && !set.paramValues().containsKey(p.getKey()));
    }
}
