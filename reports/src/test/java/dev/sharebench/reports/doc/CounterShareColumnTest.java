package dev.sharebench.reports.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.rank.RankedComparison;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.stats.IntervalRule;
import dev.sharebench.reports.testing.SyntheticResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The cross-process counter is ranked by both processes' operations (its catalogue rank metric,
 * XprocCounterBench's "total" aux counter), with each side's share in the report beside it. Planted:
 * two equally fast unfair counters, one starving the benchmark JVM (parent share 10%) and one
 * starving the child (90%), and a fair one at half their total.
 */
class CounterShareColumnTest {

    @TempDir
    Path dir;

    @Test
    void rankedByTheTotalWhoeverIsStarvedWithTheSharesBeside() throws Exception {
        SyntheticResults syn = new SyntheticResults();
        ArrayNode runs = JsonNodeFactory.instance.arrayNode();
        runs.add(counter(syn, "starves-parent", 10e6, 0.1));
        runs.add(counter(syn, "starves-child", 10e6, 0.9));
        runs.add(counter(syn, "fair-but-slow", 5e6, 0.5));
        Files.createDirectories(dir.resolve("jmh"));
        SyntheticResults.write(dir.resolve("jmh/XprocCounterBench.json"), runs);
        ResultsDir results = ResultsDir.load(dir, s -> { });
        String workload = Workloads.XPROC_COUNTER_BENCH.name();
        String metric = Workloads.XPROC_COUNTER_BENCH.rankMetric().orElseThrow();

        RankedComparison byTotal = new Analysis(IntervalRule.defaults(), Map.of(), Map.of(workload, metric))
                .analyse(results.runs()).get(workload).getFirst();
        assertEquals(List.of("1=", "1=", "3"), byTotal.rows().stream().map(RankedComparison.Row::position).toList(),
                "who is starved does not change the ranking by total: " + byTotal.rows());
        assertEquals("fair-but-slow", byTotal.rows().get(2).label());

        // The primary score alone (the benchmark JVM's own calls) ranks the same work 9x apart.
        RankedComparison byParent = new Analysis(IntervalRule.defaults(), Map.of(), Map.of()).analyse(results.runs()).get(workload).getFirst();
        assertEquals(List.of("starves-child", "fair-but-slow", "starves-parent"), byParent.rows().stream().map(RankedComparison.Row::label).toList());

        View.Comparison view = ReportModel.comparison(results, byTotal, Map.of());
        assertTrue(view.secondaryHeaders().contains("parentShare (#)") && view.secondaryHeaders().contains("childShare (#)"),
                view.secondaryHeaders().toString());
        int share = view.secondaryHeaders().indexOf("parentShare (#)");
        for (View.SecondaryRow row : view.secondaryRows()) {
            double parent = Double.parseDouble(row.values().get(share).split(" ")[0]);
            double expected = switch (row.label()) {
                case "starves-parent" -> 0.1;
                case "starves-child" -> 0.9;
                default -> 0.5;
            };
            assertEquals(expected, parent, 0.02, row.label());
        }
    }

    /* A run as JMH writes it: primary = the parent's ops/s, total and the shares as aux counters, 3 forks. */
    private static ObjectNode counter(SyntheticResults syn, String mechanism, double total, double parentShare) {
        ObjectNode e = syn.entry(SyntheticResults.PKG + "xproc.XprocCounterBench.add", "thrpt", "ops/s", 3, 5,
                Map.of("mechanism", mechanism, "batch", "1", "placement", "cross-cpu"), total * parentShare, 0.02);
        ObjectNode sec = e.putObject("secondaryMetrics");
        sec.set("total", syn.metric("ops/s", 3, 5, total, 0.02));
        sec.set("parentShare", syn.metric("#", 3, 5, parentShare, 0.01));
        sec.set("childShare", syn.metric("#", 3, 5, 1 - parentShare, 0.01));
        return e;
    }
}
