package dev.sharebench.reports.doc;

import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.rank.CompareBy;
import dev.sharebench.reports.rank.RankedComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * One benchmark method across its parameter values, in one table: the rows are the comparison
 * axis's values (impl=HashMap, useCache=true), the columns the combinations of the other
 * parameters (size=10, size=1000), each cell the median and its rank in that column's comparison.
 * It answers "does the winner change with size?" without reading one table per size. Only
 * methods measured at two or more such combinations get one.
 */
final class MethodOverview {

    private MethodOverview() {
    }

    static List<View.Overview> of(List<RankedComparison> comparisons) {
        Map<String, List<RankedComparison>> byMethod = new LinkedHashMap<>();
        for (RankedComparison c : comparisons) {
            String key = c.method() + "|" + c.axis() + "|" + c.mode() + "|" + c.metric() + "|" + c.unit();
            byMethod.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<View.Overview> out = new ArrayList<>();
        for (List<RankedComparison> group : byMethod.values()) {
            if (group.size() >= 2) {
                out.add(table(group));
            }
        }
        return out;
    }

    private static View.Overview table(List<RankedComparison> group) {
        RankedComparison first = group.getFirst();
        Set<String> labels = new LinkedHashSet<>();
        group.forEach(c -> c.rows().forEach(r -> labels.add(r.label())));
        List<View.SecondaryRow> rows = new ArrayList<>();
        for (String label : labels) {
            List<String> cells = new ArrayList<>();
            for (RankedComparison c : group) {
                cells.add(c.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                        .map(r -> Format.num(r.median().value()) + " (#" + r.position() + ")").orElse("-"));
            }
            rows.add(new View.SecondaryRow(label, cells));
        }
        String name = first.method().startsWith("(") ? first.workload() + " methods" : first.workload() + "." + first.method();
        String axis = first.axis().equals(CompareBy.METHOD) ? "method" : first.axis();
        String direction = first.higherIsBetter() ? "higher is better" : "lower is better";
        return new View.Overview(name + " (" + first.mode() + ") across parameter values", axis,
                first.unit() + ", " + direction, group.stream().map(c -> c.paramsText().isEmpty() ? "-" : c.paramsText()).toList(), rows);
    }
}
