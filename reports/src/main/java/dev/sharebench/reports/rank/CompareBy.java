package dev.sharebench.reports.rank;

import dev.sharebench.reports.jmh.BenchmarkRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/*
 * Which parameter a workload's rows are: its comparison axis. sharebench's benchmarks declare
 * @Param("mechanism"), and that is always the axis. Another project's benchmark class has its own
 * parameters (impl=HashMap|TreeMap, useCache=true|false, size=10|1000) and several methods (get,
 * put): ranking the methods against each other compares different work, so the default axis is a
 * parameter that varies, chosen by one rule (RULE, also printed by `report --help` and the README):
 *
 *   1. a parameter named "mechanism";
 *   2. else, among the parameters with two or more values in that class: one whose name says it
 *      picks an implementation (contains impl, type, kind, mechanism, strategy, variant, engine,
 *      library, provider, algorithm or backend);
 *   3. else one whose values are not all numbers (numbers are usually sizes: a scale, drawn as a
 *      curve, not a choice);
 *   4. ties: the most distinct values, then the name in alphabetical order;
 *   5. no parameter varies: the benchmark methods are the rows ("method").
 *
 * Each method is then compared on its own across the axis's values, one table per method and per
 * combination of the other parameters.
 */
public final class CompareBy {

    /** The axis that makes benchmark methods the rows. */
    public static final String METHOD = "method";

    /** The default rule in one sentence, for {@code --help} and the README. */
    public static final String RULE = "Default: \"mechanism\" when present; else, of the parameters with 2+ values in a benchmark class,"
            + " one named like an implementation choice (impl, type, kind, strategy, variant, engine, library, provider, algorithm,"
            + " backend), else a non-numeric one, then the most distinct values, then by name; with no varying parameter, the methods.";

    private static final List<String> CHOICE_WORDS = List.of("impl", "type", "kind", "mechanism", "strategy", "variant", "engine",
            "library", "provider", "algorithm", "backend");

    private CompareBy() {
    }

    /**
     * Workload (benchmark class) -> its axis. {@code requested} (from {@code --compare-by}) wins in
     * every workload that has that parameter; the rule decides for the others.
     */
    public static Map<String, String> choose(List<BenchmarkRun> runs, Optional<String> requested) {
        Map<String, List<BenchmarkRun>> byWorkload = new LinkedHashMap<>();
        runs.forEach(r -> byWorkload.computeIfAbsent(r.workload(), k -> new ArrayList<>()).add(r));
        Map<String, String> out = new LinkedHashMap<>();
        byWorkload.forEach((w, rs) -> out.put(w, requested.filter(p -> p.equals(METHOD) || has(rs, p)).orElseGet(() -> byRule(rs))));
        return out;
    }

    /** Every parameter name in these runs, plus {@link #METHOD}: what {@code --compare-by} accepts. */
    public static Set<String> known(List<BenchmarkRun> runs) {
        Set<String> names = new java.util.TreeSet<>();
        runs.forEach(r -> names.addAll(r.params().keySet()));
        names.add(METHOD);
        return names;
    }

    static String byRule(List<BenchmarkRun> runs) {
        if (has(runs, "mechanism")) {
            return "mechanism";
        }
        Map<String, Set<String>> values = new LinkedHashMap<>();
        runs.forEach(r -> r.params().forEach((k, v) -> values.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v)));
        Comparator<Map.Entry<String, Set<String>>> order = Comparator
                .comparing((Map.Entry<String, Set<String>> e) -> !namesAChoice(e.getKey()))
                .thenComparing(e -> e.getValue().stream().allMatch(CompareBy::numeric))
                .thenComparing(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey);
        return values.entrySet().stream().filter(e -> e.getValue().size() >= 2).min(order).map(Map.Entry::getKey).orElse(METHOD);
    }

    /** A row's label on this axis: the mechanism alias, the method name, or {@code param=value}. */
    public static String label(BenchmarkRun r, String axis) {
        if (axis.equals(METHOD) || !r.params().containsKey(axis)) {
            return Analysis.method(r);
        }
        String v = r.params().get(axis);
        return axis.equals("mechanism") ? v : axis + "=" + v;
    }

    static boolean namesAChoice(String param) {
        String p = param.toLowerCase(Locale.ROOT);
        return CHOICE_WORDS.stream().anyMatch(p::contains);
    }

    private static boolean numeric(String v) {
        return v.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    private static boolean has(List<BenchmarkRun> runs, String param) {
        return runs.stream().anyMatch(r -> r.params().containsKey(param));
    }
}
