package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.stats.Estimate;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/*
 * The gate's documents (gate.md, gate.json, gate-junit.xml, the forest plot) from one hand-made
 * run with a judgement of every verdict, benchmarks on one side only, a warning and a note: each
 * document shows every row with its own numbers, says "no value" where a number is NaN, and counts
 * what it lists. The judgements are built directly (not by GateAnalysis), so the numbers each
 * document must show are known exactly.
 */
class GateDocumentsTest {

    private static final GateSettings S = GateSettings.defaults();
    private static final String FAIL_KEY = "org.example.FooBench.run [avgt] mechanism=pipe";
    private static final String INC_KEY = "org.example.BarBench.go [thrpt]";
    private static final String PASS_KEY = "org.example.BazBench.x [avgt] size=64";
    private static final String INSUF_KEY = "Top [avgt]";

    private static final BenchmarkJudgement FAIL = new BenchmarkJudgement(FAIL_KEY, "ns/op", false, 10, 11, 0.05, "welch-log",
            new Estimate(1.30, 1.25, 1.35, 10, ""), 1.29, 0.001, 0.002, 0.093, Verdict.FAIL, "CI above 1.05");
    private static final BenchmarkJudgement INCONCLUSIVE = new BenchmarkJudgement(INC_KEY, "ops/s", true, 8, 9, 0.10, "welch-log",
            new Estimate(1.08, 0.99, 1.17, 8, ""), 1.07, 0.2, 0.3, 0.15, Verdict.INCONCLUSIVE, "CI straddles 1.10");
    private static final BenchmarkJudgement PASS = new BenchmarkJudgement(PASS_KEY, "ns/op", false, 6, 6, 0.05, "welch-log",
            new Estimate(0.97, 0.95, 0.99, 6, ""), 0.96, 0.9, 0.9, 0.04, Verdict.PASS, "CI below 1.05");
    private static final BenchmarkJudgement INSUFFICIENT = new BenchmarkJudgement(INSUF_KEY, "ns/op", false, 2, 3, 0.05, "none",
            Estimate.withoutInterval(1.5, 2, "no CI: 2 forks"), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Verdict.INSUFFICIENT_DATA, "fewer than 5 forks");

    private static GateResult result() {
        return new GateResult(List.of(FAIL, INCONCLUSIVE, PASS, INSUFFICIENT), List.of("org.example.Old.gone [avgt]"),
                List.of("org.example.New.added [avgt]", "Lone"), S);
    }

    private static GateReport regression() {
        GateResult r = result();
        return new GateReport(RunVerdict.of(r, null), List.of("the canary drifted by 12%"), r, List.of("a note & more"));
    }

    private static GateReport noVerdict() {
        return new GateReport(RunVerdict.notMeasured("insufficient data", "run with --forks 10"), List.of(), GateResult.empty(S), List.of());
    }

    // --- gate.md --------------------------------------------------------------------------------

    @Test
    void markdownLeadsWithTheVerdictAndShowsEveryRowWithItsNumbers() {
        String md = GateMarkdown.render(regression());
        assertTrue(md.startsWith("## Performance gate: REGRESSION\n\n> **WARNING:** the canary drifted by 12%\n\n"), md);
        assertFalse(md.contains("**What to do:**"), "a REGRESSION has no remedy line: " + md);
        assertTrue(md.contains("4 compared: 1 FAIL, 1 INCONCLUSIVE, 1 PASS, 1 insufficient data; 1 on the baseline only, 2 on the candidate only."), md);
        assertTrue(md.contains("95% CI: the suite's interval rule") && md.contains("Default delta 5%."), md);
        assertTrue(md.contains("| **FAIL** | `" + FAIL_KEY + "` | 1.300 | [1.250, 1.350] | 1.050 | 9.3% | 1.290 | 0.0010 | 0.0020 | 10/11 |"), md);
        assertTrue(md.contains("| INCONCLUSIVE | `" + INC_KEY + "` | 1.080 | [0.990, 1.170] | 1.100 |"), md);
        assertTrue(md.contains("| insufficient data | `" + INSUF_KEY + "` | 1.500 | - | 1.050 | - | - | - | - | 2/3 |"), md);
        assertTrue(md.contains("- `" + PASS_KEY + "`: PASS: CI below 1.05\n"), md);
        assertTrue(md.contains("### On the baseline only (not compared)\n\n- `org.example.Old.gone [avgt]`\n"), md);
        assertTrue(md.contains("### On the candidate only (not compared)\n\n- `org.example.New.added [avgt]`\n- `Lone`\n"), md);
        assertTrue(md.endsWith("### Notes\n\n- a note & more\n"), md);
    }

    @Test
    void markdownOfARunWithoutJudgementsSaysWhatToDoAndListsOneSidedBenchmarksOnly() {
        String md = GateMarkdown.render(noVerdict());
        assertEquals("## Performance gate: NO VERDICT: insufficient data (nothing measured)\n\n**What to do:** run with --forks 10\n\n", md);

        GateResult oneSided = new GateResult(List.of(), List.of(), List.of("org.example.New.added [avgt]"), S);
        String md2 = GateMarkdown.render(new GateReport(RunVerdict.of(oneSided, null), List.of(), oneSided, List.of()));
        assertTrue(md2.contains("0 compared: 0 FAIL") && md2.contains("0 on the baseline only, 1 on the candidate only."), md2);
        assertFalse(md2.contains("On the baseline only"), md2);
        assertTrue(md2.contains("### On the candidate only (not compared)\n\n- `org.example.New.added [avgt]`"), md2);
        GateResult baseOnly = new GateResult(List.of(), List.of("org.example.Old.gone [avgt]"), List.of(), S);
        String md3 = GateMarkdown.render(new GateReport(RunVerdict.of(baseOnly, null), List.of(), baseOnly, List.of()));
        assertTrue(md3.contains("1 on the baseline only, 0 on the candidate only."), md3);
    }

    @Test
    void markdownShowsTheRunsOwnConfidenceAndDelta() {
        GateSettings other = new GateSettings(Thresholds.of(0.10), 0.05, 0.90, 5);
        GateResult r = new GateResult(List.of(PASS), List.of(), List.of(), other);
        String md = GateMarkdown.render(new GateReport(RunVerdict.of(r, null), List.of(), r, List.of()));
        assertTrue(md.contains("90% CI: the suite's interval rule") && md.contains("Default delta 10%."), md);
    }

    // --- gate.json ------------------------------------------------------------------------------

    @Test
    void jsonHoldsEveryNumberAndNullWhereThereIsNone() {
        JsonNode j = GateJson.toJson(regression());
        assertEquals("REGRESSION", j.get("verdict").asText());
        assertEquals("REGRESSION", j.get("status").asText());
        assertEquals(1, j.get("exitCode").asInt());
        assertEquals("[\"the canary drifted by 12%\"]", j.get("warnings").toString());
        assertEquals(0.05, j.get("settings").get("defaultDelta").asDouble());
        assertEquals(5, j.get("settings").get("minForks").asInt());
        JsonNode fail = j.get("benchmarks").get(0);
        assertEquals(FAIL_KEY, fail.get("key").asText());
        assertEquals(1.30, fail.get("ratio").asDouble());
        assertEquals(1.25, fail.get("ciLower").asDouble());
        assertEquals(1.35, fail.get("ciUpper").asDouble());
        assertEquals(1.29, fail.get("hodgesLehmannRatio").asDouble());
        assertEquals(0.001, fail.get("pValue").asDouble());
        assertEquals(0.002, fail.get("qValue").asDouble());
        assertEquals(0.093, fail.get("mde").asDouble());
        assertEquals(11, fail.get("candidateForks").asInt());
        JsonNode none = j.get("benchmarks").get(3);
        assertEquals("INSUFFICIENT_DATA", none.get("verdict").asText());
        assertEquals(1.5, none.get("ratio").asDouble());
        for (String f : List.of("ciLower", "ciUpper", "hodgesLehmannRatio", "pValue", "qValue", "mde")) {
            assertTrue(none.get(f).isNull(), f + " of a judgement without numbers: " + none);
        }
        assertEquals("[\"org.example.Old.gone [avgt]\"]", j.get("onlyBaseline").toString());
        assertEquals("[\"org.example.New.added [avgt]\",\"Lone\"]", j.get("onlyCandidate").toString());
        assertEquals("[\"a note & more\"]", j.get("notes").toString());
    }

    // --- gate-junit.xml -------------------------------------------------------------------------

    @Test
    void junitCountsWhatItListsAndFailsOnlyTheFail() throws Exception {
        Element suite = xml(GateJUnit.render(regression()));
        // 4 judgements + 3 one-sided; failures: the FAIL; skipped: insufficient data + one-sided (3)
        assertEquals(List.of("7", "1", "0", "4"), counts(suite));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(7, cases.getLength());
        assertEquals(1, suite.getElementsByTagName("failure").getLength());
        assertEquals(4, suite.getElementsByTagName("skipped").getLength());
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            classes.add(((Element) cases.item(i)).getAttribute("classname"));
        }
        assertEquals(List.of("org.example.FooBench", "org.example.BarBench", "org.example.BazBench", "Top",
                "org.example.Old", "org.example.New", "Lone"), classes);
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals("FAIL: CI above 1.05", failure.getAttribute("message"));
        NodeList props = suite.getElementsByTagName("property");
        assertEquals(2, props.getLength());
        assertEquals("REGRESSION", ((Element) props.item(0)).getAttribute("value"));
        assertEquals("the canary drifted by 12%", ((Element) props.item(1)).getAttribute("value"));
        Element oneSided = (Element) ((Element) cases.item(4)).getElementsByTagName("skipped").item(0);
        assertEquals("present in the baseline only: not compared", oneSided.getAttribute("message"));
        Element added = (Element) ((Element) cases.item(6)).getElementsByTagName("skipped").item(0);
        assertEquals("present in the candidate only: not compared", added.getAttribute("message"));
    }

    @Test
    void junitOfARunWithoutVerdictIsOneErrorThatSaysWhy() throws Exception {
        Element suite = xml(GateJUnit.render(noVerdict()));
        assertEquals(List.of("1", "0", "1", "0"), counts(suite));
        Element error = (Element) suite.getElementsByTagName("error").item(0);
        assertEquals("NO VERDICT: insufficient data (nothing measured). run with --forks 10", error.getAttribute("message"));

        GateResult r = GateResult.empty(S);
        Element bare = xml(GateJUnit.render(new GateReport(RunVerdict.notMeasured("no jar", ""), List.of(), r, List.of())));
        assertEquals("NO VERDICT: no jar (nothing measured)",
                ((Element) bare.getElementsByTagName("error").item(0)).getAttribute("message"));
    }

    /** The testsuite's tests, failures, errors and skipped attributes. */
    private static List<String> counts(Element suite) {
        return List.of("tests", "failures", "errors", "skipped").stream().map(suite::getAttribute).toList();
    }

    private static Element xml(String s) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
        return d.getDocumentElement();
    }

    // --- the forest plot ------------------------------------------------------------------------

    @Test
    void forestPlotDrawsOneBarPerIntervalColouredByVerdictWithTheThresholds() {
        JFreeChart chart = ForestPlot.chart(regression());
        assertEquals("sharebench gate: REGRESSION (1 with insufficient data not shown)", chart.getTitle().getText());
        XYPlot plot = chart.getXYPlot();
        XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) plot.getDataset();
        assertEquals(4, data.getSeriesCount(), "FAIL, INCONCLUSIVE, PASS and the thresholds");
        // rows bottom-up: PASS (y 0), INCONCLUSIVE (1), FAIL (2); the insufficient row has no interval
        assertEquals(List.of("BazBench.x size=64", "BarBench.go", "FooBench.run mechanism=pipe"),
                List.of(((SymbolAxis) plot.getRangeAxis()).getSymbols()));
        assertBar(data, 0, "FAIL", 2, 1.30, 1.25, 1.35);
        assertBar(data, 1, "INCONCLUSIVE", 1, 1.08, 0.99, 1.17);
        assertBar(data, 2, "PASS", 0, 0.97, 0.95, 0.99);
        assertEquals("1+delta", data.getSeries(3).getKey());
        java.util.Map<Double, Double> thresholdAtRow = new java.util.TreeMap<>();
        for (int i = 0; i < data.getItemCount(3); i++) {
            thresholdAtRow.put(data.getYValue(3, i), data.getXValue(3, i));
        }
        assertEquals(java.util.Map.of(0.0, 1.05, 1.0, 1.10, 2.0, 1.05), thresholdAtRow, "each row's own 1+delta");

        XYErrorRenderer renderer = (XYErrorRenderer) plot.getRenderer();
        assertTrue(renderer.getDrawXError() && !renderer.getDrawYError(), "horizontal CI bars");
        assertFalse(renderer.getDefaultLinesVisible(), "no line joins the rows");
        assertEquals(new Color(0xC6, 0x28, 0x28), renderer.getSeriesPaint(0));
        assertEquals(new Color(0x2E, 0x7D, 0x32), renderer.getSeriesPaint(2));
        assertEquals(Color.GRAY, renderer.getSeriesPaint(3));
        assertTrue(plot.getDomainAxis() instanceof LogAxis);
        List<Double> markers = new ArrayList<>();
        for (Object m : plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
            markers.add(((ValueMarker) (Marker) m).getValue());
        }
        assertEquals(List.of(1.0, 1.05), markers, "the line of no change and the default 1+delta");
    }

    @Test
    void forestPlotTitleNamesNothingLeftOutWhenEveryRowHasAnInterval() {
        GateResult r = new GateResult(List.of(PASS), List.of(), List.of(), S);
        JFreeChart chart = ForestPlot.chart(new GateReport(RunVerdict.of(r, null), List.of(), r, List.of()));
        assertEquals("sharebench gate: PASS", chart.getTitle().getText());
    }

    private static void assertBar(XYIntervalSeriesCollection data, int series, String label, int y, double x, double lo, double hi) {
        assertEquals(label, data.getSeries(series).getKey());
        assertEquals(1, data.getItemCount(series), label);
        assertEquals(y, data.getYValue(series, 0), 0.0, label);
        assertEquals(x, data.getXValue(series, 0), 1e-12, label);
        assertEquals(lo, data.getStartXValue(series, 0), 1e-12, label);
        assertEquals(hi, data.getEndXValue(series, 0), 1e-12, label);
    }
}
