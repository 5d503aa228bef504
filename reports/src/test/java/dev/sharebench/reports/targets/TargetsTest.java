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
        assertEquals(15 + 7, targets.size(), "15 targets, and T1-* for the 7 floor variants beside the headline");
        Set<String> anchors = new HashSet<>();
        for (TargetCatalog.Target t : targets) {
            assertTrue(anchors.add(Anchors.slug(t.id())), "duplicate anchor for " + t.id());
            List<TargetCatalog.Selector> sides = new java.util.ArrayList<>(List.of(t.numerator(), t.denominator()));
            sides.addAll(t.context());
            for (TargetCatalog.Selector s : sides) {
                if (s.isBench()) {
                    assertTrue(s.params().containsKey("mechanism"), t.id() + ": a bench selector names its mechanisms");
                } else {
                    assertTrue(Set.of("core-to-core", "transports", "shm-ring", "python-guides.py").contains(s.program()), s.program());
                    assertTrue(Set.of("cc", "python3").contains(s.needs()), s.needs());
                    assertTrue(!s.args().isEmpty(), t.id() + ": a reference names its case");
                }
            }
        }
    }

    @Test
    void malformedSelectorsAreRejected() throws IOException {
        String good = "{\"bench\":\"RttBench.roundTrip\",\"params\":{\"mechanism\":[\"pipe\"]},\"statistic\":\"p50\"}";
        String ref = "{\"program\":\"core-to-core\",\"args\":[\"--layout\",\"one-line\"],\"needs\":\"cc\"}";
        assertEquals(1, parse(good, ref, "<=").size());
        assertThrows(IllegalArgumentException.class, () -> parse(good.replace("RttBench.roundTrip", "RttBench"), ref, "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good.replace("p50", "p42"), ref, "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good.replace("[\"pipe\"]", "\"pipe\""), ref, "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good, ref.replace(",\"needs\":\"cc\"", ""), "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good, ref.replace("core-to-core", "../bin/sh"), "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good, "{\"args\":[]}", "<="));
        assertThrows(IllegalArgumentException.class, () -> parse(good, ref, "<"));
    }

    @Test
    void referencesArePairedForkByFork() throws Exception {
        // Three forks of the floor at 150 ns; the C floor measured 200 ns around fork 1 and 2, but
        // 300 ns around fork 3 (the machine changed): each fork is judged against its own neighbours.
        ArrayNode floor = JsonNodeFactory.instance.arrayNode();
        floor.add(synth.entry(PKG + "floor.FloorBench.roundTrip", "avgt", "ns/op", 3, 3, Map.of("mechanism", "cache-line-pingpong",
                "layout", "one-line", "pause", "on", "placement", "cross-cpu"), 150, 0));
        SyntheticResults.write(dir.resolve("jmh/FloorBench.json"), floor);
        pairs("T1", "ns", 200, 200, 200, 200, 300, 300);
        ArrayNode rtt = JsonNodeFactory.instance.arrayNode();
        rtt.add(sample("mmap-spin", "cross-cpu", 1.0));      // 1000 ns vs 200 ns: 5x, NOT MET
        rtt.add(sample("pipe", "cross-cpu", 60.0));          // vs C 50 us: 1.2x, met
        rtt.add(sample("uds", "cross-cpu", 100.0));          // vs C 50 us: 2x, NOT MET
        rtt.add(sample("uds", "same-cpu", 3.0));             // no pairs for T6
        rtt.add(sample("manager-uds", "same-cpu", 5.0));     // no python3: no pairs for T9
        SyntheticResults.write(dir.resolve("jmh/RttBench.json"), rtt);
        pairs("T2", "ns", 200, 200);
        pairs("T3", "us", 50, 50);
        pairs("T5", "us", 50, 50);
        Files.writeString(dir.resolve("reference/pairs/T7.jsonl"), "{\"target\":\"T7\",\"fork\":1,\"when\":\"before\",\"error\":\"transports exited 3\"}\n");
        ArrayNode stream = JsonNodeFactory.instance.arrayNode();
        Map.of("agrona-ring", 300_000.0, "mmap-spsc-ring", 200_000.0, "pipe", 50_000.0, "uds", 40_000.0).forEach((m, v) -> stream.add(
                synth.entry(PKG + "xproc.StreamBench.send", "thrpt", "ops/s", 3, 3,
                        Map.of("mechanism", m, "payloadBytes", "65536", "placement", "cross-cpu"), v, 0)));
        SyntheticResults.write(dir.resolve("jmh/StreamBench.json"), stream);

        Map<String, Targets.Result> r = evaluate().stream().collect(Collectors.toMap(Targets.Result::id, x -> x));

        // fork ratios 150/200, 150/200, 150/300 -> geometric mean (0.75*0.75*0.5)^(1/3), the interval below 1.5
        assertResult(r.get("T1"), Targets.MET, Math.cbrt(0.75 * 0.75 * 0.5));
        assertTrue(r.get("T1").lower() < r.get("T1").ratio() && r.get("T1").ratio() < r.get("T1").upper(), "an interval from 3 fork pairs");
        assertEquals(3, r.get("T1").forks());
        assertResult(r.get("T2"), Targets.NOT_MET_ONE_VALUE, 5.0);
        assertResult(r.get("T3"), Targets.MET_ONE_VALUE, 1.2);
        assertTrue(r.get("T3").measured().contains("60.0 \u00b5s"), r.get("T3").measured());
        assertTrue(r.get("T3").ratioText().contains("no CI: one fork"), "one fork pair, no interval: " + r.get("T3").ratioText());
        assertResult(r.get("T5"), Targets.NOT_MET_ONE_VALUE, 2.0);
        assertEquals(Targets.NOT_MEASURED, r.get("T4").verdict());
        assertEquals("not measured: RttBench.roundTrip mechanism=pipe placement=same-cpu is not in this run", r.get("T4").reason());
        assertTrue(r.get("T6").reason().startsWith("not measured: no same-run reference measurements (needs cc"), r.get("T6").reason());
        assertTrue(r.get("T9").reason().contains("needs python3"), r.get("T9").reason());
        assertTrue(Double.isNaN(r.get("T9").ratio()));
        assertEquals(r.get("T9").reason(), r.get("T9").ratioText());
        assertEquals(Targets.NOT_MEASURED, r.get("T7").verdict(), "tcp cross-cpu is not in this run");
        assertResult(r.get("T12"), Targets.MET, 6.0);
        assertTrue(r.get("T12").measured().contains("agrona-ring (best of 2)"), r.get("T12").measured());
        assertTrue(r.get("T12").reference().contains("pipe (best of 2)"), r.get("T12").reference());
        assertEquals("\u2265 5.00\u00d7", r.get("T12").limitText());
    }

    @Test
    void aForkWithoutValuesKeepsItsPlaceInThePairing() throws Exception {
        // Fork 2 recorded no iteration; its references (999 ns) must not be paired with fork 3's value.
        ObjectNode floor = synth.entry(PKG + "floor.FloorBench.roundTrip", "avgt", "ns/op", 3, 3, Map.of("mechanism",
                "cache-line-pingpong", "layout", "one-line", "pause", "on", "placement", "cross-cpu"), 150, 0);
        ((ArrayNode) floor.get("primaryMetric").get("rawData")).set(1, JsonNodeFactory.instance.arrayNode());
        results("FloorBench", floor);
        pairs("T1", "ns", 200, 200, 999, 999, 300, 300);
        Targets.Result t1 = target("T1");
        assertEquals(Math.sqrt(0.75 * 0.5), t1.ratio(), 1e-6, t1.ratioText());
        assertEquals(2, t1.forks());
    }

    @Test
    void theManagerTargetJudgesItsStrategyFixedInAdvanceAndShowsTheOthersAsContext() throws Exception {
        // T9, the manager at same-cpu, judges the blocking alias (fixed in the catalogue): 5 us against
        // Python's 20 us around its own fork = 4x. spin-then-block looks better here (2 us against the
        // 40 us measured around ITS fork = 20x) but is context only; busy-poll did not run.
        results("RttBench", sample("manager-uds", "same-cpu", 5.0), sample("manager-uds-spin-then-block", "same-cpu", 2.0));
        Files.createDirectories(dir.resolve("reference/pairs"));
        StringBuilder lines = new StringBuilder();
        Map.of("manager-uds", 20.0, "manager-uds-spin-then-block", 40.0).forEach((m, us) -> {
            for (String when : List.of("before", "after")) {
                lines.append("{\"target\":\"T9\",\"cell\":\"RttBench.roundTrip mechanism=").append(m)
                        .append(" placement=same-cpu\",\"fork\":1,\"when\":\"").append(when).append("\",\"value\":").append(us)
                        .append(",\"unit\":\"us\"}\n");
            }
        });
        Files.writeString(dir.resolve("reference/pairs/T9.jsonl"), lines.toString());
        Targets.Result t9 = target("T9");
        assertResult(t9, Targets.MET_ONE_VALUE, 4.0);
        assertTrue(t9.measured().contains("manager-uds (1 fork)") && !t9.measured().contains("best of"), t9.measured());
        assertTrue(t9.context().startsWith("context, not judged: "), t9.context());
        assertTrue(t9.context().contains("manager-uds-spin-then-block 20.00\u00d7 (no CI: one fork), 2000 ns"), t9.context());
        assertTrue(t9.context().contains("manager-uds-busy-poll not in this run"), t9.context());
    }

    @Test
    void theRingTargetComparesMessagesPerSecondWithTheCRing() throws Exception {
        // T15: the Java ring at 80 K msg/s in each of 3 forks against the C ring at 100 K msg/s around each: 0.8x >= 0.7x.
        results("StreamBench", synth.entry(PKG + "xproc.StreamBench.send", "thrpt", "ops/s", 3, 3, Map.of("mechanism", "mmap-spsc-ring",
                "payloadBytes", "65536", "capacity", "1048576", "placement", "cross-cpu"), 80_000, 0));
        pairs("T15", "msg/s", 100_000, 100_000, 100_000, 100_000, 100_000, 100_000);
        Targets.Result t15 = target("T15");
        assertResult(t15, Targets.MET, 0.8);
        assertEquals(3, t15.forks());
        assertTrue(t15.measured().endsWith("80000 ops/s"), t15.measured());
        assertTrue(t15.reference().startsWith("shm-ring --payload 65536 --capacity 1048576 --placement cross-cpu")
                && t15.reference().endsWith("100000 msg/s"), t15.reference());

        // A reference in a time unit against a rate is refused, not divided.
        pairs("T15", "us", 10, 10, 10, 10, 10, 10);
        t15 = target("T15");
        assertEquals(Targets.NOT_MEASURED, t15.verdict());
        assertTrue(t15.reason().contains("units disagree: the run's ops/s against the reference's [ns]"), t15.reason());
    }

    @Test
    void anIntervalThatStraddlesTheLimitIsInconclusive() throws Exception {
        // T1 (<= 1.5x): forks at 150 ns against C at 200, 50 and 75 ns: ratios 0.75, 3 and 2, estimate
        // cbrt(4.5) = 1.65x above the limit, but the interval over 3 forks reaches far below it.
        results("FloorBench", synth.entry(PKG + "floor.FloorBench.roundTrip", "avgt", "ns/op", 3, 3, Map.of("mechanism",
                "cache-line-pingpong", "layout", "one-line", "pause", "on", "placement", "cross-cpu"), 150, 0));
        pairs("T1", "ns", 200, 200, 50, 50, 75, 75);
        Targets.Result t1 = target("T1");
        assertResult(t1, Targets.INCONCLUSIVE, Math.cbrt(4.5));
        assertTrue(t1.lower() < 1.5 && 1.5 < t1.upper(), t1.ratioText());
        assertEquals("inconclusive (the interval straddles the limit; the estimate alone would miss it)", t1.verdictText());
        assertEquals("1 inconclusive", Targets.counts(List.of(t1)), "neither met nor missed");
    }

    @Test
    void aReferenceThatOnlyFailedSaysWhy() throws Exception {
        results("RttBench", sample("tcp", "cross-cpu", 80.0));
        Files.createDirectories(dir.resolve("reference/pairs"));
        Files.writeString(dir.resolve("reference/pairs/T7.jsonl"), "{\"target\":\"T7\",\"fork\":1,\"when\":\"before\",\"error\":\"transports exited 3\"}\n");
        Targets.Result t7 = target("T7");
        assertEquals("not measured: every reference run failed (transports exited 3)", t7.reason());
    }

    @Test
    void anUnreadablePairsFileIsAnErrorNamingIt() throws IOException {
        SyntheticResults.write(dir.resolve("jmh/FloorBench.json"), JsonNodeFactory.instance.arrayNode()
                .add(synth.entry(PKG + "floor.FloorBench.roundTrip", "avgt", "ns/op", 1, 3, Map.of("mechanism", "cache-line-pingpong"), 150, 0)));
        Files.createDirectories(dir.resolve("reference/pairs"));
        Files.writeString(dir.resolve("reference/pairs/T1.jsonl"), "{\"fork\": ");
        BadInputException e = assertThrows(BadInputException.class, this::evaluate);
        assertTrue(e.getMessage().contains("T1.jsonl"), e.getMessage());
    }

    /** A pairs file: values before and after fork 1, then fork 2, ... */
    private void pairs(String target, String unit, double... beforeAfter) throws IOException {
        Files.createDirectories(dir.resolve("reference/pairs"));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < beforeAfter.length; i++) {
            s.append("{\"target\":\"").append(target).append("\",\"fork\":").append(i / 2 + 1).append(",\"when\":\"")
                    .append(i % 2 == 0 ? "before" : "after").append("\",\"value\":").append(beforeAfter[i]).append(",\"unit\":\"")
                    .append(unit).append("\",\"result\":{\"program\":\"x\",\"value\":").append(beforeAfter[i]).append("}}\n");
        }
        Files.writeString(dir.resolve("reference/pairs").resolve(target + ".jsonl"), s.toString());
    }

    /** jmh/{@code workload}.json with these entries. */
    private void results(String workload, ObjectNode... entries) throws IOException {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (ObjectNode e : entries) {
            a.add(e);
        }
        SyntheticResults.write(dir.resolve("jmh/" + workload + ".json"), a);
    }

    private Targets.Result target(String id) throws Exception {
        return evaluate().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Targets.Result> evaluate() throws Exception {
        ResultsDir rd = ResultsDir.load(dir, s -> { });
        return new Targets(rd, new Analysis(IntervalRule.defaults(), Map.of(), Map.of())).evaluate(TargetCatalog.of(TestCatalog.read()));
    }

    private static void assertResult(Targets.Result r, String verdict, double ratio) {
        assertEquals(verdict, r.verdict(), r.id() + ": " + r.reason());
        assertEquals(ratio, r.ratio(), ratio * 1e-6, r.id());
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
