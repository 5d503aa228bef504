package dev.sharebench.reports.history;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.reports.chart.ChartFiles;
import dev.sharebench.reports.chart.Figure;
import dev.sharebench.reports.chart.TrendChart;
import dev.sharebench.reports.common.Anchors;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.doc.Templates;
import dev.sharebench.reports.stats.Estimate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code history show}'s output: {@code index.html} (offline, one section per machine fingerprint,
 * a chart and a change-point table per benchmark), {@code charts/} (SVG + PNG) and
 * {@code changepoints.json}.
 */
final class TrendPage {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TrendPage() {
    }

    static void write(Path out, List<TrendAnalysis.Trend> trends, Map<String, String> machines, String db, String settings) throws IOException {
        ChartFiles charts = new ChartFiles(out.resolve("charts"));
        Map<String, List<Map<String, Object>>> byMachine = new LinkedHashMap<>();
        ArrayNode json = MAPPER.createArrayNode();
        for (TrendAnalysis.Trend t : trends) {
            Series s = t.series();
            String anchor = Anchors.slug("trend-" + s.fingerprint() + "-" + s.key()) + "-" + Integer.toHexString(s.key().hashCode());
            Figure f = charts.write(anchor, s.key(), "", chart(t), 900, 360);
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("key", s.key());
            b.put("anchor", anchor);
            b.put("svg", f.svgPath());
            b.put("commits", Format.count(s.points().size(), "commit"));
            b.put("shifts", t.shifts().stream().map(TrendPage::row).toList());
            b.put("noShift", t.shifts().isEmpty());
            byMachine.computeIfAbsent(s.fingerprint(), k -> new ArrayList<>()).add(b);
            json.add(json(t));
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        for (var e : byMachine.entrySet()) {
            sections.add(Map.of("fingerprint", e.getKey(), "description", machines.getOrDefault(e.getKey(), "?"), "benchmarks", e.getValue()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("db", db);
        model.put("settings", settings);
        model.put("machines", sections);
        model.put("empty", sections.isEmpty());
        Templates.renderHtml(out.resolve("index.html"), TrendPage.class, "history.html.mustache", model);
        MAPPER.writeValue(out.resolve("changepoints.json").toFile(), json);
    }

    private static org.jfree.chart.JFreeChart chart(TrendAnalysis.Trend t) {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int i = 0; i < t.series().points().size(); i++) {
            Estimate e = t.medians().get(i);
            points.add(new TrendChart.Point(shortCommit(t.series().points().get(i).commit()), e.value(), e.lower(), e.upper()));
        }
        List<TrendChart.Shift> shifts = t.shifts().stream()
                .map(s -> new TrendChart.Shift(s.index(), s.percent() + (s.worse() ? " worse" : " better"), s.worse())).toList();
        return TrendChart.create(t.series().key(), t.series().unit(), points, shifts);
    }

    private static Map<String, Object> row(TrendAnalysis.Shift s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("range", shortCommit(s.lastBefore()) + ".." + shortCommit(s.firstAfter()));
        r.put("shift", s.percent());
        r.put("ci", s.ratio().hasInterval()
                ? String.format(Locale.ROOT, "[%+.1f%%, %+.1f%%]", (s.ratio().lower() - 1) * 100, (s.ratio().upper() - 1) * 100) : "no CI");
        r.put("direction", s.worse() ? "worse" : "better");
        r.put("p", String.format(Locale.ROOT, "%.3f", s.pValue()));
        return r;
    }

    private static ObjectNode json(TrendAnalysis.Trend t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("benchmark", t.series().key());
        o.put("unit", t.series().unit());
        o.put("fingerprint", t.series().fingerprint());
        o.put("commits", t.series().points().size());
        ArrayNode arr = o.putArray("changePoints");
        for (TrendAnalysis.Shift s : t.shifts()) {
            ObjectNode c = arr.addObject();
            c.put("lastCommitBefore", s.lastBefore());
            c.put("firstCommitAfter", s.firstAfter());
            c.put("index", s.index());
            Json.putNumber(c, "ratio", s.ratio().value());
            Json.putNumber(c, "ciLower", s.ratio().lower());
            Json.putNumber(c, "ciUpper", s.ratio().upper());
            c.put("worse", s.worse());
            c.put("pValue", s.pValue());
        }
        return o;
    }

    static String shortCommit(String c) {
        return c.length() > 10 ? c.substring(0, 10) : c;
    }
}
