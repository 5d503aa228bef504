package dev.sharebench.reports.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.reports.common.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a small, realistic results directory in the formats run-all.sh produces (JMH 1.37 JSON,
 * proof records, manifest, registry, core-to-core reference). Values are seeded noise around known
 * medians so tests can assert on rankings, ties and ratios.
 */
public final class SyntheticResults {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final SplittableRandom random = new SplittableRandom(42);
    private String arch = "amd64";
    private Map<String, Double> counterOpsPerUs = ordered("long-adder", 400.0, "atomic-long", 100.0, "reentrant-lock", 100.0,
            "synchronized", 40.0);

    /** An insertion-ordered map from alternating keys and values (the order decides the noise each entry draws). */
    public static Map<String, Double> ordered(Object... keysAndValues) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
        }
        return m;
    }

    /** The CPU architecture in the manifest and the proof records (default amd64). */
    public SyntheticResults arch(String arch) {
        this.arch = arch;
        return this;
    }

    /** CounterBench medians at 2 threads, ops/us, per mechanism (default: long-adder 400, atomic-long and reentrant-lock 100, synchronized 40). */
    public SyntheticResults counters(Map<String, Double> opsPerUs) {
        this.counterOpsPerUs = new LinkedHashMap<>(opsPerUs);
        return this;
    }

    /** Benchmark name prefix used for this suite's workloads. */
    public static final String PKG = "dev.sharebench.jmh.";

    public void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("jmh"));
        Files.createDirectories(dir.resolve("proofs"));
        Files.createDirectories(dir.resolve("reference"));
        manifest(dir);
        registry(dir);

        // CounterBench: throughput, threads 1 and 2, 3 forks; long-adder clearly fastest at 2 threads;
        // atomic-long and reentrant-lock 1.00x apart with wide noise: a tie.
        ArrayNode counter = F.arrayNode();
        for (String threads : List.of("1", "2")) {
            double scale = threads.equals("1") ? 1.0 : 0.5;
            for (var m : counterOpsPerUs.entrySet()) {
                // long-adder scales with threads (half as fast at 1); the others get slower with 2 threads.
                double s = m.getKey().equals("long-adder") ? (threads.equals("1") ? 0.5 : 1.0) : scale;
                double noise = m.getKey().equals("long-adder") ? 0.01 : m.getKey().equals("synchronized") ? 0.02 : 0.15;
                counter.add(entry(PKG + "lock.CounterBench.increment", "thrpt", "ops/us", 3, 5,
                        Map.of("mechanism", m.getKey(), "threads", threads), m.getValue() * s, noise));
            }
        }
        write(dir.resolve("jmh/CounterBench.json"), counter);

        // ScratchBench: one fork only -> "no CI: one fork".
        ArrayNode scratch = F.arrayNode();
        scratch.add(entry(PKG + "threadlocal.ScratchBench.format", "avgt", "ns/op", 1, 5, Map.of("mechanism", "thread-local"), 50, 0.02));
        scratch.add(entry(PKG + "threadlocal.ScratchBench.format", "avgt", "ns/op", 1, 5, Map.of("mechanism", "new-per-call"), 80, 0.02));
        scratch.add(entry(PKG + "threadlocal.ScratchBench.format", "avgt", "ns/op", 1, 5, Map.of("mechanism", "shared-locked"), 300, 0.02));
        write(dir.resolve("jmh/ScratchBench.json"), scratch);

        // HandoffBench: @Group producer/consumer, secondary metrics per group member.
        ArrayNode handoff = F.arrayNode();
        for (var m : Map.of("array-blocking-queue", 8.0, "jctools-spsc", 60.0, "offheap-spsc-ring", 70.0).entrySet()) {
            ObjectNode e = entry(PKG + "queue.HandoffBench.transfer", "thrpt", "ops/us", 2, 4,
                    Map.of("mechanism", m.getKey(), "capacity", "1024"), m.getValue(), 0.03);
            ObjectNode sec = e.putObject("secondaryMetrics");
            sec.set("producer", metric("ops/us", 2, 4, m.getValue() / 2, 0.03));
            sec.set("consumer", metric("ops/us", 2, 4, m.getValue() / 2, 0.03));
            sec.set("failedOffers", metric("ops/us", 2, 4, m.getValue() / 10, 0.2));
            handoff.add(e);
        }
        write(dir.resolve("jmh/HandoffBench.json"), handoff);

        // HandoffLatencyBench: SampleTime with histograms.
        ArrayNode latency = F.arrayNode();
        latency.add(sample(PKG + "queue.HandoffLatencyBench.pingPong", Map.of("mechanism", "synchronous-queue"), 9000));
        latency.add(sample(PKG + "queue.HandoffLatencyBench.pingPong", Map.of("mechanism", "offheap-spsc-ring"), 300));
        write(dir.resolve("jmh/HandoffLatencyBench.json"), latency);

        // RttBench: cross-process, placement side by side, payload scaling.
        ArrayNode rtt = F.arrayNode();
        for (String placement : List.of("cross-cpu", "same-cpu")) {
            for (String payload : List.of("8", "4096")) {
                double p = Double.parseDouble(payload) / 8;
                double base = placement.equals("cross-cpu") ? 50 : 4.5;
                rtt.add(entry(PKG + "pipe.RttBench.roundTrip", "avgt", "us/op", 2, 5,
                        Map.of("mechanism", "pipe", "placement", placement, "payloadBytes", payload), base * (1 + p / 500), 0.05));
                rtt.add(entry(PKG + "pipe.RttBench.roundTrip", "avgt", "us/op", 2, 5,
                        Map.of("mechanism", "uds", "placement", placement, "payloadBytes", payload), base * 1.1 * (1 + p / 400), 0.05));
                rtt.add(entry(PKG + "pipe.RttBench.roundTrip", "avgt", "us/op", 2, 5,
                        Map.of("mechanism", "mmap", "placement", placement, "payloadBytes", payload),
                        (placement.equals("cross-cpu") ? 0.13 : 30) * (1 + p / 800), 0.05));
            }
        }
        write(dir.resolve("jmh/RttBench.json"), rtt);

        // FloorBench: the JVM floor, a @Group benchmark with ping/pong members; ~130 ns round trip.
        ArrayNode floor = F.arrayNode();
        ObjectNode fe = entry(PKG + "floor.FloorBench.roundTrip", "avgt", "ns/op", 2, 5, Map.of("mechanism", "cache-line-pingpong",
                "layout", "one-line", "pause", "on", "placement", "cross-cpu"), 130, 0.04);
        ObjectNode fs = fe.putObject("secondaryMetrics");
        fs.set("ping", metric("ns/op", 2, 5, 130, 0.04));
        fs.set("pong", metric("ns/op", 2, 5, 130, 0.04));
        floor.add(fe);
        write(dir.resolve("jmh/FloorBench.json"), floor);

        proof(dir, "P01", 1, "Lost update", "count++ on a shared plain or volatile field", "broken", "reproduced", 12, 0);
        proof(dir, "P01", 1, "Lost update", "count++ on a shared plain or volatile field", "fixed", "fix held", 0, 0);
        proof(dir, "P02", 2, "Lock per caller", "each thread locks its own lock object", "broken", "reproduced", 40, 0);
        proof(dir, "P02", 2, "Lock per caller", "each thread locks its own lock object", "fixed", "fix held", 0, 0);
        // The counters' check ran four counters; two of them lost updates: those two are excluded from the
        // recommendations, the record is cited for the two that held (long-adder among them), and for no
        // counter it did not run (atomic-long).
        check(dir, "P30", 30, "Counters lose no update", "every in-process counter, two threads adding",
                Map.of("synchronized", 3L, "reentrant-lock", 2L, "stamped-lock", 0L, "long-adder", 0L));
        proof(dir, "P11", 11, "Unbounded queue", "an unbounded queue under a producer faster than its consumer", "broken", "reproduced",
                1_000_000, 0, List.of(), true);
        // The C floor measured around the floor's fork (run-all writes one line per measurement).
        Files.createDirectories(dir.resolve("reference/pairs"));
        Files.writeString(dir.resolve("reference/pairs/T1.jsonl"), """
                {"target": "T1", "cell": "FloorBench.roundTrip", "fork": 1, "when": "before", "value": 120.1, "unit": "ns", "result": {"program": "core-to-core", "unit": "ns", "value": 120.1}}
                {"target": "T1", "cell": "FloorBench.roundTrip", "fork": 1, "when": "after", "value": 122.9, "unit": "ns", "result": {"program": "core-to-core", "unit": "ns", "value": 122.9}}
                """);
    }

    private void manifest(Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), """
                {"runId": "2026-11-22T0100Z-synthetic", "profile": "quick", "command": "./scripts/run-all.sh --profile quick",
                 "gitCommit": "0123456789abcdef0123456789abcdef01234567", "start": "2026-11-22T01:00:00Z", "end": "2026-11-22T01:40:00Z",
                 "status": "complete",
                 "jdk": {"vendor": "Eclipse Adoptium", "version": "25.0.3", "vm": "OpenJDK 64-Bit Server VM", "home": "/usr/lib/jvm/temurin-25-jdk-amd64"},
                 "benchmarkJvmFlags": ["--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"],
                 "machine": {"cpuModel": "AMD EPYC 7B13", "arch": "%s", "cores": 2, "memoryBytes": 8589934592, "os": "Debian GNU/Linux 13",
                             "kernel": "6.12.0", "hypervisor": "KVM", "hostname": "bench-1"},
                 "manifestJvmFlags": []}
                """.formatted(arch));
    }

    private void registry(Path dir) throws IOException {
        ArrayNode reg = F.arrayNode();
        for (String[] m : new String[][] {{"long-adder", "lock"}, {"atomic-long", "lock"}, {"reentrant-lock", "lock"}, {"synchronized", "lock"},
            {"thread-local", "threadlocal"}, {"new-per-call", "threadlocal"}, {"shared-locked", "lock"}, {"array-blocking-queue", "queue"},
            {"jctools-spsc", "queue"}, {"offheap-spsc-ring", "queue"}, {"synchronous-queue", "queue"}, {"pipe", "pipe"}, {"uds", "socket"}, {"mmap", "mmap"}}) {
            ObjectNode o = reg.addObject();
            o.put("alias", m[0]).put("family", m[1]).put("inProcess", !List.of("pipe", "socket", "mmap").contains(m[1]))
                    .put("description", "the " + m[0] + " mechanism").put("classicIdea", "idea of " + m[0]);
        }
        write(dir.resolve("mechanisms.json"), reg);
        TestCatalog.write(dir);
    }

    private void proof(Path dir, String id, int number, String title, String pitfall, String variant, String verdict,
                       long interesting, long forbidden) throws IOException {
        proof(dir, id, number, title, pitfall, variant, verdict, interesting, forbidden, List.of(), false);
    }

    private void proof(Path dir, String id, int number, String title, String pitfall, String variant, String verdict,
                       long interesting, long forbidden, List<String> aliases, boolean deterministic) throws IOException {
        ObjectNode p = F.objectNode();
        p.put("id", id).put("number", number).put("title", title).put("pitfall", pitfall).put("kind", "jcstress")
                .put("variant", variant).put("test", "dev.sharebench.jcstress.lock.X." + variant).put("trials", 1_000_000);
        ArrayNode outs = p.putArray("outcomes");
        outs.addObject().put("id", "2").put("count", 1_000_000 - interesting - forbidden).put("grade", "ACCEPTABLE").put("desc", "ok");
        if (interesting > 0) {
            outs.addObject().put("id", "1").put("count", interesting).put("grade", "ACCEPTABLE_INTERESTING").put("desc", "the bug");
        }
        if (forbidden > 0) {
            outs.addObject().put("id", "1").put("count", forbidden).put("grade", "FORBIDDEN").put("desc", "must not happen");
        }
        p.putArray("aliases").addAll(aliases.stream().map(F::textNode).toList());
        p.put("deterministic", deterministic);
        p.put("verdict", verdict).put("reason", "synthetic").put("arch", arch).put("jdk", "25.0.3").put("cpus", 2)
                .put("mode", "quick").put("durationMs", 17000);
        write(dir.resolve("proofs/" + id + "-" + variant + ".json"), p);
    }

    /* A check's record: per alias an "<alias>: ok" and an "<alias>: wrong" outcome, judged as the runner judges. */
    private void check(Path dir, String id, int number, String title, String pitfall, Map<String, Long> wrongByAlias) throws IOException {
        ObjectNode p = F.objectNode();
        p.put("id", id).put("number", number).put("title", title).put("pitfall", pitfall).put("kind", "check")
                .put("variant", "fixed").put("test", "dev.sharebench.core.proof.cases.checks.X").put("trials", 1_000 * wrongByAlias.size());
        ArrayNode outs = p.putArray("outcomes");
        List<String> aliases = wrongByAlias.keySet().stream().sorted().toList();
        for (String a : aliases) {
            long wrong = wrongByAlias.get(a);
            outs.addObject().put("id", a + ": ok").put("count", 1_000 - wrong).put("grade", "ACCEPTABLE").put("desc", "ok");
            outs.addObject().put("id", a + ": wrong").put("count", wrong).put("grade", "FORBIDDEN").put("desc", "lost");
        }
        p.putArray("aliases").addAll(aliases.stream().map(F::textNode).toList());
        // What core's AliasVerdict writes for these outcomes: each alias judged on its own (the report reads it, never judges).
        ArrayNode verdicts = p.putArray("aliasVerdicts");
        aliases.forEach(a -> {
            ObjectNode v = verdicts.addObject().put("alias", a);
            v.putObject("params");
            v.put("verdict", wrongByAlias.get(a) > 0 ? "fix failed" : "fix held");
        });
        p.put("deterministic", false);
        boolean failed = wrongByAlias.values().stream().anyMatch(w -> w > 0);
        p.put("verdict", failed ? "fix failed" : "fix held").put("reason", "synthetic").put("arch", arch).put("jdk", "25.0.3").put("cpus", 2)
                .put("mode", "quick").put("durationMs", 17000);
        write(dir.resolve("proofs/" + id + "-fixed.json"), p);
    }

    public ObjectNode entry(String benchmark, String mode, String unit, int forks, int iterations, Map<String, String> params,
                     double median, double noise) {
        ObjectNode e = header(benchmark, mode, forks, iterations, params);
        e.set("primaryMetric", metric(unit, forks, iterations, median, noise));
        e.putObject("secondaryMetrics");
        return e;
    }

    private ObjectNode header(String benchmark, String mode, int forks, int iterations, Map<String, String> params) {
        ObjectNode e = F.objectNode();
        e.put("jmhVersion", "1.37").put("benchmark", benchmark).put("mode", mode).put("threads", Integer.parseInt(params.getOrDefault("threads", "1")))
                .put("forks", forks).put("jvm", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        e.putArray("jvmArgs").add("--sun-misc-unsafe-memory-access=allow");
        e.put("jdkVersion", "25.0.3").put("vmName", "OpenJDK 64-Bit Server VM").put("vmVersion", "25.0.3+9-LTS")
                .put("warmupIterations", 2).put("warmupTime", "500 ms").put("warmupBatchSize", 1)
                .put("measurementIterations", iterations).put("measurementTime", "500 ms").put("measurementBatchSize", 1);
        ObjectNode p = e.putObject("params");
        new java.util.TreeMap<>(params).forEach(p::put);
        return e;
    }

    public ObjectNode metric(String unit, int forks, int iterations, double median, double noise) {
        ObjectNode m = F.objectNode();
        ArrayNode raw = F.arrayNode();
        double sum = 0;
        for (int f = 0; f < forks; f++) {
            double forkShift = 1 + noise * (random.nextDouble() - 0.5);
            ArrayNode it = raw.addArray();
            for (int i = 0; i < iterations; i++) {
                double v = median * forkShift * (1 + noise / 2 * (random.nextDouble() - 0.5));
                it.add(v);
                sum += v;
            }
        }
        m.put("score", sum / (forks * iterations)).put("scoreError", forks * iterations > 2 ? median * noise / 3 : Double.NaN);
        m.putArray("scoreConfidence").add(median * (1 - noise)).add(median * (1 + noise));
        ObjectNode pct = m.putObject("scorePercentiles");
        pct.put("0.0", median * 0.9).put("50.0", median).put("90.0", median * 1.05).put("100.0", median * 1.1);
        m.put("scoreUnit", unit);
        m.set("rawData", raw);
        return m;
    }

    private ObjectNode sample(String benchmark, Map<String, String> params, double medianNs) {
        ObjectNode e = header(benchmark, "sample", 2, 3, params);
        ObjectNode m = e.putObject("primaryMetric");
        ArrayNode hist = m.putArray("rawDataHistogram");
        for (int f = 0; f < 2; f++) {
            ArrayNode fork = hist.addArray();
            for (int i = 0; i < 3; i++) {
                ArrayNode iter = fork.addArray();
                iter.addArray().add(medianNs * 0.8).add(3000);
                iter.addArray().add(medianNs * (1 + 0.02 * random.nextDouble())).add(5000);
                iter.addArray().add(medianNs * 3).add(1500);
                iter.addArray().add(medianNs * 20).add(40);
                iter.addArray().add(medianNs * 200).add(2);
            }
        }
        m.put("score", medianNs * 1.9).put("scoreError", medianNs * 0.1);
        m.putArray("scoreConfidence").add(medianNs * 1.8).add(medianNs * 2.0);
        m.putObject("scorePercentiles").put("50.0", medianNs).put("99.0", medianNs * 20).put("100.0", medianNs * 200);
        m.put("scoreUnit", "ns/op");
        e.putObject("secondaryMetrics");
        return e;
    }

    public static void write(Path file, Object node) throws IOException {
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    /** Renders the synthetic run into a directory, for a look at the output: SyntheticResults <dir>. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        new SyntheticResults().writeAll(dir);
        System.out.println(new LinkedHashMap<>(Map.of("written", dir.toString())));
    }
}
