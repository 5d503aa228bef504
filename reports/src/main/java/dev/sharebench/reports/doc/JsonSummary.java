package dev.sharebench.reports.doc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.rank.RankedComparison;
import dev.sharebench.reports.stats.Estimate;
import dev.sharebench.reports.targets.GuideRows;
import dev.sharebench.reports.targets.Targets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code report.json}: the same numbers as the page, for machines (CI steps, dashboards). Non-finite
 * values and absent intervals are JSON nulls, with the note that says why.
 */
public final class JsonSummary {

    private JsonSummary() {
    }

    public static void write(Path file, ReportContent content) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("runId", content.runId()).put("citeAs", content.citeAs()).put("title", content.title())
                .put("sharebench", content.sharebench());
        content.warnings().forEach(root.putArray("warnings")::add);
        root.set("recommendations", Json.MAPPER.valueToTree(content.recommendations()));
        ArrayNode ts = root.putArray("targets");
        for (Targets.Result t : content.targets()) {
            ObjectNode o = ts.addObject();
            o.put("id", t.id()).put("anchor", t.anchor()).put("title", t.title()).put("statement", t.statement())
                    .put("measured", t.measured()).put("reference", t.reference());
            Json.putNumber(o, "ratio", t.ratio());
            Json.putNumber(o, "ciLow", t.lower());
            Json.putNumber(o, "ciHigh", t.upper());
            o.put("forks", t.forks());
            o.put("direction", t.direction()).put("limit", t.limit()).put("verdict", t.verdict());
            if (t.verdict().equals(Targets.INCONCLUSIVE)) {
                o.put("estimateMeets", t.estimateMeets());
            }
            if (!t.reason().isEmpty()) {
                o.put("reason", t.reason());
            }
            if (!t.context().isEmpty()) {
                o.put("context", t.context());
            }
        }
        ArrayNode guides = root.putArray("guides");
        for (GuideRows.Row g : content.guides().rows()) {
            ObjectNode o = guides.addObject();
            o.put("id", g.guide()).put("classic", g.classic()).put("python", g.python()).put("pythonValue", g.pythonValue())
                    .put("workload", g.workload()).put("mechanism", g.mechanism()).put("javaValue", g.javaValue());
            Json.putNumber(o, "ratioJavaOverPython", g.ratio());
            o.put("verdict", g.verdict()).put("note", g.note());
        }
        ArrayNode comps = root.putArray("comparisons");
        for (List<RankedComparison> cs : content.workloads().values()) {
            for (RankedComparison c : cs) {
                ObjectNode o = comps.addObject();
                o.put("anchor", c.anchor()).put("workload", c.workload()).put("method", c.method()).put("axis", c.axis()).put("mode", c.mode())
                        .put("unit", c.unit()).put("higherIsBetter", c.higherIsBetter()).put("baseline", c.baseline());
                o.set("params", Json.MAPPER.valueToTree(c.fixedParams()));
                ArrayNode rows = o.putArray("rows");
                for (RankedComparison.Row r : c.rows()) {
                    ObjectNode row = rows.addObject();
                    row.put("mechanism", r.label()).put("label", r.label()).put("position", r.position()).put("rank", r.rank());
                    row.set("median", estimate(r.median()));
                    row.set("vsFastest", estimate(r.vsFastest()));
                    row.set("speedupVsBaseline", estimate(r.vsBaseline()));
                    row.set("percentiles", Json.MAPPER.valueToTree(r.percentiles()));
                }
            }
        }
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static ObjectNode estimate(Estimate e) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        Json.putNumber(o, "value", e.value());
        Json.putNumber(o, "ciLow", e.hasInterval() ? e.lower() : Double.NaN);
        Json.putNumber(o, "ciHigh", e.hasInterval() ? e.upper() : Double.NaN);
        o.put("forks", e.forks());
        if (!e.note().isEmpty()) {
            o.put("note", e.note());
        }
        return o;
    }
}
