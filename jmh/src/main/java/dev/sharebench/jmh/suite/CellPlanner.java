package dev.sharebench.jmh.suite;

import dev.sharebench.core.catalog.RunSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Expands catalogue parameter sets into {@link Cell}s. The catalogue names methods, mechanisms and
 * the params it fixes; every other {@code @Param} takes the benchmark's own default values, read
 * from the JMH benchmark list compiled into this jar. Points an earlier set already covers (the
 * headline comes first) are not repeated.
 */
final class CellPlanner {

    private final List<BenchmarkListEntry> entries;

    CellPlanner(List<BenchmarkListEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The benchmarks compiled into this jar. */
    static CellPlanner fromJar() {
        OutputFormat quiet = OutputFormatFactory.createFormatInstance(System.err, VerboseMode.SILENT);
        return new CellPlanner(new ArrayList<>(BenchmarkList.defaultList().getAll(quiet, List.of())));
    }

    /** Every cell of {@code specs}, in spec order, each point once. */
    List<Cell> cells(List<RunSpec> specs) {
        Map<String, Cell> out = new LinkedHashMap<>();
        for (RunSpec spec : specs) {
            for (Cell c : cells(spec)) {
                out.putIfAbsent(c.key(), c);
            }
        }
        return List.copyOf(out.values());
    }

    List<Cell> cells(RunSpec spec) {
        List<BenchmarkListEntry> methods = entries.stream()
                .filter(e -> e.getUserClassQName().equals(spec.benchClass()) && method(e).matches(spec.methods()))
                .toList();
        if (methods.isEmpty()) {
            throw new IllegalStateException(spec.workload() + ": no benchmark method of " + spec.benchClass()
                    + " matches '" + spec.methods() + "' in this jar");
        }
        Set<String> usedParams = new LinkedHashSet<>();
        List<Cell> out = new ArrayList<>();
        for (BenchmarkListEntry e : methods) {
            Map<String, String[]> defaults = e.getParams().orElse(Map.of());
            Map<String, List<String>> domain = new LinkedHashMap<>();
            for (var d : defaults.entrySet()) {
                if (d.getKey().equals("mechanism")) {
                    continue;
                }
                List<String> values = spec.params().get(d.getKey());
                if (values != null) {
                    usedParams.add(d.getKey());
                } else {
                    values = List.of(d.getValue());
                }
                if (values.isEmpty()) {
                    throw new IllegalStateException(spec.workload() + "." + method(e) + ": @Param " + d.getKey()
                            + " has no default values and the catalogue gives none");
                }
                domain.put(d.getKey(), values);
            }
            boolean hasMechanism = defaults.containsKey("mechanism");
            if (hasMechanism && spec.mechanisms().isEmpty()) {
                throw new IllegalStateException(spec.workload() + "." + method(e) + " takes a mechanism but its catalogue set lists none");
            }
            if (!hasMechanism && !spec.mechanisms().isEmpty()) {
                throw new IllegalStateException(spec.workload() + "." + method(e) + " has no mechanism @Param, the catalogue lists " + spec.mechanisms());
            }
            List<String> mechanisms = hasMechanism ? spec.mechanisms() : java.util.Collections.singletonList(null);
            for (String m : mechanisms) {
                for (Map<String, String> point : product(domain)) {
                    out.add(new Cell(spec, method(e), m, point));
                }
            }
        }
        for (String p : spec.params().keySet()) {
            if (!usedParams.contains(p)) {
                throw new IllegalStateException(spec.workload() + ": the catalogue sets param '" + p + "', which no method matching '"
                        + spec.methods() + "' has");
            }
        }
        return out;
    }

    static String method(BenchmarkListEntry e) {
        String u = e.getUsername();
        return u.substring(u.lastIndexOf('.') + 1);
    }

    /** The cartesian product of the domain, in the domain's order. */
    private static List<Map<String, String>> product(Map<String, List<String>> domain) {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (var d : domain.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> p : points) {
                for (String v : d.getValue()) {
                    Map<String, String> q = new LinkedHashMap<>(p);
                    q.put(d.getKey(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }
}
