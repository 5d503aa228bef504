package dev.sharebench.reports.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.reports.common.Anchors;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.stats.IntervalRule;
import dev.sharebench.reports.testing.SyntheticResults;
import dev.sharebench.reports.testing.TestCatalog;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* The shipped targets file is well-formed; verdicts and ratios on a small synthetic run, with inputs missing on purpose. */
class TargetsTest {

    private static final String PKG = SyntheticResults.PKG;
    private final SyntheticResults synth = new SyntheticResults();

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("jmh"));
        Files.createDirectories(dir.resolve("reference"));
    }

    @Test
    void shippedTargetsAreWellFormed() {
        List<TargetCatalog.Target> targets = TargetCatalog.of(TestCatalog.read());
        assertEquals(12, targets.size());
        Set<String> anchors = new HashSet<>();
        for (TargetCatalog.Target t : targets) {
            assertTrue(anchors.add(Anchors.slug(t.id())), "duplicate anchor for " + t.id());
            for (TargetCatalog.Selector s : List.of(t.numerator(), t.denominator())) {
                if (s.isBench()) {
                    assertTrue(s.params().containsKey("mechanism"), t.id() + ": a bench selector names its mechanisms");
                } else {
                    assertTrue(Set.of("core-to-core.json", "transports.json", "python-manager.json").contains(s.reference()), s.reference());
                    assertTrue(Set.of("cc", "python3").contains(s.needs()), s.needs());
                }
            }
        }
    }

    @Test
    void malformedSelectorsAreRejected() throws IOException {
        String good = "{\"bench\":\"RttBench.roundTrip\",\"params\":{\"mechanism\":[\"pipe\"]},\"statistic\":\"p50\"}";
        String ref = "{\"reference\":\"core-to-core.json\",\"path\":\"rttNs\",\"unit\":\"ns\",\"needs\":\"cc\"}";
        assertEquals(1, parse(good, ref, "<=").size());
        assertThrows(IllegalArgumentException.class, () -> parse(good.replace("RttBench.roundTrip", "RttBench"), ref, "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good.replace("p50", "p42"), ref, "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good.replace("[\"pipe\"]", "\"pipe\""), ref, "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good, ref.replace(",\"needs\":\"cc\"", ""), "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good, "{\"path\":\"rttNs\"}", "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good, ref, "<"));
    }

    @Test
    void verdictsAndRatiosOnASyntheticRun() throws Exception {
        ArrayNode floor = JsonNodeFactory.instance.arrayNode();
        floor.add(synth.entry(PKG + "floor.FloorBench.roundTrip", "avgt", "ns/op", 1, 3, Map.of("mechanism", "cache-line-pingpong"), 150, 0));
        SyntheticResults.write(dir.resolve("jmh/FloorBench.json"), floor);
        ArrayNode rtt = JsonNodeFactory.instance.arrayNode();
        rtt.add(sample("mmap-spin", "cross-cpu", 1.0));      // 1000 ns vs 200 ns: 5x, NOT MET
        rtt.add(sample("pipe", "cross-cpu", 60.0));          // vs C 50 us: 1.2x, met
        rtt.add(sample("uds", "cross-cpu", 100.0));          // vs C 50 us: 2x, NOT MET
        rtt.add(sample("uds", "same-cpu", 3.0));            // transports.json has no uds same-cpu
        rtt.add(sample("manager-uds", "same-cpu", 5.0));     // python-manager.json is missing
        SyntheticResults.write(dir.resolve("jmh/RttBench.json"), rtt);
        ArrayNode stream = JsonNodeFactory.instance.arrayNode();
        Map.of("agrona-ring", 300_000.0, "mmap-spsc-ring", 200_000.0, "pipe", 50_000.0, "uds", 40_000.0).forEach((m, v) -> stream.add(
                synth.entry(PKG + "xproc.StreamBench.send", "thrpt", "ops/s", 1, 3,
                        Map.of("mechanism", m, "payloadBytes", "65536", "placement", "cross-cpu"), v, 0)));
        SyntheticResults.write(dir.resolve("jmh/StreamBench.json"), stream);
        Files.writeString(dir.resolve("reference/core-to-core.json"), "{\"rttNs\": 200}");
        Files.writeString(dir.resolve("reference/transports.json"),
                "{\"unit\":\"us\",\"p50\":{\"pipe\":{\"cross-cpu\":50,\"same-cpu\":2},\"uds\":{\"cross-cpu\":50}}}");

        Map<String, Targets.Result> r = evaluate().stream().collect(Collectors.toMap(Targets.Result::id, x -> x));

        assertResult(r.get("T1"), Targets.MET, 0.75);
        assertTrue(r.get("T1").reference().endsWith("200 ns"), r.get("T1").reference());
        assertResult(r.get("T2"), Targets.NOT_MET, 5.0);
        assertResult(r.get("T3"), Targets.MET, 1.2);
        assertTrue(r.get("T3").measured().contains("60.0 \u00b5s"), r.get("T3").measured());
        assertResult(r.get("T5"), Targets.NOT_MET, 2.0);
        assertEquals(Targets.NOT_MEASURED, r.get("T4").verdict());
        assertEquals("not measured: RttBench.roundTrip mechanism=pipe placement=same-cpu is not in this run", r.get("T4").reason());
        assertEquals("not measured: reference/transports.json has no number at p50.uds.same-cpu", r.get("T6").reason());
        assertEquals("not measured: no reference/python-manager.json (needs python3)", r.get("T9").reason());
        assertTrue(Double.isNaN(r.get("T9").ratio()));
        assertEquals(r.get("T9").reason(), r.get("T9").ratioText());
        assertResult(r.get("T12"), Targets.MET, 6.0);
        assertTrue(r.get("T12").measured().contains("agrona-ring (best of 2)"), r.get("T12").measured());
        assertTrue(r.get("T12").reference().contains("pipe (best of 2)"), r.get("T12").reference());
        assertEquals("\u2265 5.00\u00d7", r.get("T12").limitText());

        Files.delete(dir.resolve("reference/core-to-core.json"));
        assertEquals("not measured: no reference/core-to-core.json (needs cc)",
                evaluate().stream().filter(x -> x.id().equals("T1")).findFirst().orElseThrow().reason());
    }

    @Test
    void anUnreadableReferenceFileIsAnErrorNamingIt() throws IOException {
        SyntheticResults.write(dir.resolve("jmh/FloorBench.json"), JsonNodeFactory.instance.arrayNode()
                .add(synth.entry(PKG + "floor.FloorBench.roundTrip", "avgt", "ns/op", 1, 3, Map.of("mechanism", "cache-line-pingpong"), 150, 0)));
        Files.writeString(dir.resolve("reference/transports.json"), "{\"p50\": ");
        BadInputException e = assertThrows(BadInputException.class, this::evaluate);
        assertTrue(e.getMessage().contains("transports.json"), e.getMessage());
    }

    private List<Targets.Result> evaluate() throws Exception {
        ResultsDir rd = ResultsDir.load(dir, s -> { });
        return new Targets(rd, new Analysis(IntervalRule.defaults(), Map.of(), Map.of())).evaluate(TargetCatalog.of(TestCatalog.read()));
    }

    private static void assertResult(Targets.Result r, String verdict, double ratio) {
        assertEquals(verdict, r.verdict(), r.id() + ": " + r.reason());
        assertEquals(ratio, r.ratio(), ratio * 1e-9, r.id());
        assertEquals("target-" + r.id().toLowerCase(java.util.Locale.ROOT), r.anchor());
    }

    /** A SampleTime entry (us/op) whose pooled histogram has its p50 at {@code p50Us}, one fork. */
    private static ObjectNode sample(String mechanism, String placement, double p50Us) {
        ObjectNode e = new SyntheticResults().entry(PKG + "xproc.RttBench.roundTrip", "sample", "us/op", 1, 2,
                Map.of("mechanism", mechanism, "placement", placement), p50Us * 3, 0); // JMH's score: the mean, not the p50
        ArrayNode hist = ((ObjectNode) e.get("primaryMetric")).putArray("rawDataHistogram").addArray();
        for (int i = 0; i < 2; i++) {
            ArrayNode it = hist.addArray();
            it.addArray().add(p50Us * 0.9).add(40);
            it.addArray().add(p50Us).add(30);
            it.addArray().add(p50Us * 20).add(30);
        }
        return e;
    }

    private static List<TargetCatalog.Target> parse(String numerator, String denominator, String direction) throws IOException {
        return TargetCatalog.parse(Json.MAPPER.readTree("{\"targets\":[{\"id\":\"X1\",\"title\":\"t\",\"statement\":\"s\",\"numerator\":"
                + numerator + ",\"denominator\":" + denominator + ",\"limit\":1.5,\"direction\":\"" + direction + "\"}]}"));
    }
}
