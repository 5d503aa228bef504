package dev.sharebench.core.catalog;

import static dev.sharebench.core.catalog.Profile.CANARY;
import static dev.sharebench.core.catalog.Profile.FULL;
import static dev.sharebench.core.catalog.Profile.GATE;
import static dev.sharebench.core.catalog.Profile.JFR;
import static dev.sharebench.core.catalog.Profile.QUICK;
import static dev.sharebench.core.catalog.Profile.SMOKE;

import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.BulkArrays;
import dev.sharebench.core.workload.Counters;
import dev.sharebench.core.workload.CrossCounters;
import dev.sharebench.core.workload.Floors;
import dev.sharebench.core.workload.Handoffs;
import dev.sharebench.core.workload.Maps;
import dev.sharebench.core.workload.RoundTrips;
import dev.sharebench.core.workload.Scratches;
import dev.sharebench.core.workload.SharedMaps;
import dev.sharebench.core.workload.Streams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workload catalogue: every workload of the suite, defined once. The scripts' stage lists, the
 * suite runner, the report (through {@code workloads.json}), the coverage check and the tests read
 * it; no other place names a benchmark class.
 *
 * <p>Mechanisms come from each workload's factory in {@code core}: registering a mechanism there
 * adds it to every workload that uses the factory. A mechanism a factory supports but a workload
 * leaves out must be an {@code exclude}, with the reason.
 *
 * <p>To add a workload: write its {@code <Workload>Bench} in the jmh module (mechanism
 * {@code @Param({})}: the values come from here), add an entry below and to {@link #ALL}, and a line
 * in jmh/README.md. CONTRIBUTING.md walks through it.
 */
public final class Workloads {

    // --- jobs: the rows of the recommendations table -------------------------------------------
    public static final Job COUNT = new Job("count", "count events from many threads");
    public static final Job HAND_OFF = new Job("hand off", "hand items from a producer to a consumer");
    public static final Job PER_THREAD = new Job("per-thread state", "give each thread its own scratch state");
    public static final Job BULK_ARRAY = new Job("bulk array", "share a big numeric array");
    public static final Job SHARE_MAP = new Job("shared map", "share a map between threads");
    public static final Job XPROC_MESSAGE = new Job("cross-process message", "send a message to another process and back");
    public static final Job XPROC_COUNTER = new Job("cross-process counter", "count across processes");
    public static final Job XPROC_MAP = new Job("cross-process map", "share a map across processes");

    public static final List<Job> JOBS = List.of(COUNT, HAND_OFF, PER_THREAD, BULK_ARRAY, SHARE_MAP, XPROC_MESSAGE, XPROC_COUNTER, XPROC_MAP);

    private static final String PKG = "dev.sharebench.jmh.";
    private static final String ALL_METHODS = ".*";
    private static final String[] PLACEMENTS = {"cross-cpu", "same-cpu", "os"};
    /** The kernel transports' waits that poll instead of blocking in read (RttBench's *-busy-poll, *-spin-then-block rows). */
    private static final Set<WaitStrategy> POLLING_KERNEL_WAITS = Set.of(WaitStrategy.BUSY_POLL, WaitStrategy.SPIN_THEN_BLOCK);
    private static final Set<WaitStrategy> BUSY_POLL = Set.of(WaitStrategy.BUSY_POLL);
    private static final Set<WaitStrategy> SPIN_THEN_BLOCK = Set.of(WaitStrategy.SPIN_THEN_BLOCK);
    private static final Set<WaitStrategy> MMAP_MIDDLE_WAITS = Set.of(WaitStrategy.YIELD, WaitStrategy.PARK, WaitStrategy.FUTEX);
    /** The profiles whose targets and guides tables read the sets named with forTargets (smoke only checks the pipeline). */
    private static final Set<Profile> TARGET_PROFILES = Set.of(QUICK, FULL);
    /** Quick's fork timing of the cross-process workloads (a child JVM's start dominates a fork). */
    private static final Timing XPROC_QUICK = Timing.of(1, "150ms", 2, "200ms");

    // --- in-process ----------------------------------------------------------------------------

    /** The floor's headline variant: both words on one line, PAUSE while spinning, pinned across the two CPUs. */
    public static final List<String> FLOOR_HEADLINE = List.of("layout", "one-line", "pause", "on", "placement", "cross-cpu");

    public static final Workload FLOOR = Workload.named("FloorBench").bench(PKG + "floor.FloorBench")
            .question("What does handing a value to another core and back cost at best?")
            .space("roundTrip", Floors.FACTORY)
            .headline("roundTrip", FLOOR_HEADLINE.toArray(String[]::new)).roundTrip()
            // The variants (FloorBench's layout, pause, placement: the C reference's --layout, --pause, --pin, paired flag for flag by
            // Targets' T1-*): all 8, at 1 fork in quick and 5 in full.
            .explore(QUICK, "layout", "one-line,two-lines", "pause", "on,off", "placement", "cross-cpu,os")
            .explore(SMOKE, "layout", "two-lines", "pause", "off", "placement", "os")
            .timing(QUICK, Timing.of(2, "200ms", 3, "300ms"))
            .timing(FULL, Timing.of(5, "1s", 5, "1s"))
            .timing(SMOKE, Timing.of(1, "200ms", 1, "200ms"))
            .pass(GATE, "roundTrip", List.of(), FLOOR_HEADLINE.toArray(String[]::new))
            .pass(CANARY, "roundTrip", List.of(), FLOOR_HEADLINE.toArray(String[]::new))
            .gateThreshold("", "10%", "Two threads spinning on both vCPUs compete with everything else on a shared machine.")
            .build();

    public static final Workload COUNTER = Workload.named("CounterBench").bench(PKG + "lock.CounterBench")
            .question("What does each way of sharing a total cost per add, alone and under contention?")
            .job(COUNT)
            .space("uncontended|contended", Counters.FACTORY)
            .headline("contended", "holdTokens", "0").baseline("synchronized")
            .explore(SMOKE, "holdTokens", "0")
            .forTargets(TARGET_PROFILES, "uncontended", List.of("synchronized", "reentrant-lock", "atomic-long", "long-adder"), "holdTokens", "0")
            .pass(GATE, "contended", List.of("synchronized", "atomic-long", "long-adder"), "holdTokens", "0")
            .pass(JFR, "contended", List.of("synchronized", "long-adder"), "holdTokens", "0")
            .build();

    public static final Workload HANDOFF = Workload.named("HandoffBench").bench(PKG + "queue.HandoffBench")
            .question("How many items per second does each mechanism move from one producer to one consumer?")
            .job(HAND_OFF)
            .space("polling", Handoffs.FACTORY, WaitStrategy.SPIN, WaitStrategy.YIELD, WaitStrategy.PARK)
            .space("blocking", Handoffs.FACTORY, WaitStrategy.BLOCK)
            .headline("polling", "waitStrategy", "spin").baseline("array-blocking-queue").rankBy("polled")
            .forTargets(TARGET_PROFILES, "blocking", List.of("array-blocking-queue", "linked-blocking-queue"))
            .pass(JFR, "blocking", List.of("array-blocking-queue", "synchronous-queue"))
            .build();

    public static final Workload HANDOFF_LATENCY = Workload.named("HandoffLatencyBench").bench(PKG + "queue.HandoffLatencyBench")
            .question("What does one item there and back cost between two threads?")
            .job(HAND_OFF)
            .space("polling", Handoffs.FACTORY, WaitStrategy.SPIN, WaitStrategy.YIELD, WaitStrategy.PARK)
            .space("blocking", Handoffs.FACTORY, WaitStrategy.BLOCK)
            .headline("polling", "waitStrategy", "spin").baseline("array-blocking-queue").roundTrip()
            .timing(FULL, Timing.of(5, "1s", 5, "2s"))
            .pass(GATE, "polling", List.of("offheap-spsc-ring", "array-blocking-queue"), "waitStrategy", "spin")
            .gateThreshold("waitStrategy=(park|block)", "10%", "Cross-vCPU handoffs pay the hypervisor's wake-up (tens to hundreds of us, bimodal: docs/machine.md).")
            .build();

    public static final Workload SCRATCH = Workload.named("ScratchBench").bench(PKG + "threadlocal.ScratchBench")
            .question("What does giving each thread its own scratch state cost, per way of getting it?")
            .job(PER_THREAD)
            .space("direct|carried", Scratches.FACTORY)
            .headline("direct").baseline("new-per-call")
            .pass(JFR, "direct", List.of("new-per-call", "thread-local"))
            .build();

    public static final Workload BULK = Workload.named("BulkArrayBench").bench(PKG + "offheap.BulkArrayBench")
            .question("What does a big numeric array cost per element, on and off the heap?")
            .job(BULK_ARRAY)
            .space("update|sum|slotsAdjacent|slotsPadded", BulkArrays.FACTORY)
            .headline("update").baseline("heap-array")
            .build();

    public static final Workload MAP = Workload.named("MapBench").bench(PKG + "map.MapBench")
            .question("What does each way of sharing a map between threads cost per get or put, read-mostly and write-heavy?")
            .job(SHARE_MAP)
            .space("alone|shared", Maps.FACTORY)
            .headline("shared", "writePercent", "5").baseline("synchronized-hashmap")
            .explore(SMOKE, "writePercent", "5")
            .build();

    /*
     * Not a sharing workload: the gate's calibration benchmark, run here only to check it works. It
     * is not in the gate profile (CI measures real benchmarks); its calibration runs use its own
     * args files, docs/gate-calibration-data/GateCalibrationBench*.args.
     */
    public static final Workload GATE_CALIBRATION = Workload.named("GateCalibrationBench").bench(PKG + "gate.GateCalibrationBench")
            .question("How well does the regression gate see a known slowdown? (calibration only)")
            .noMechanism("lockedAdd")
            .headline("lockedAdd")
            .onlyIn(SMOKE)
            .timing(SMOKE, Timing.of(1, "100ms", 1, "200ms"))
            .build();

    /** Not a sharing workload: the machine-state canary's CPU kernel (the floor is the canary's other half). */
    public static final Workload CANARY_KERNEL = Workload.named("CanaryBench").bench(PKG + "canary.CanaryBench")
            .question("Did the machine change under this run? (a fixed CPU kernel, measured at the start, middle and end)")
            .noMechanism("compute")
            .headline("compute")
            .onlyIn()
            .pass(CANARY, "compute", List.of())
            .build();

    // --- cross-process -------------------------------------------------------------------------

    public static final Workload RTT = Workload.named("RttBench").bench(PKG + "xproc.RttBench").crossProcess(PLACEMENTS)
            .question("What does one small message to another process and back cost, per way of sharing?")
            .job(XPROC_MESSAGE)
            .space("roundTrip", RoundTrips.FACTORY)
            .headline("roundTrip", "placement", "cross-cpu").baseline("pipe").roundTrip()
            .explore(SMOKE, "placement", "cross-cpu")
            .leaveOut(SMOKE, POLLING_KERNEL_WAITS, "smoke checks the pipeline, which the blocking rows cover; the polling rows'"
                    + " echo and hang detection are unit tests (PollingRoundTripTest, RoundTripsTest)")
            .forTargets(TARGET_PROFILES, "roundTrip", List.of("pipe", "uds", "tcp", "manager-uds"), "placement", "same-cpu")
            .forTargets(TARGET_PROFILES, "roundTrip", List.of("manager-uds"), "placement", "os")
            .forTargets(TARGET_PROFILES, "roundTrip", List.of("uds-busy-poll", "tcp-busy-poll"), "placement", "cross-cpu")
            // The manager targets judge a wait strategy fixed in advance (Targets: block on one CPU, spin-then-block across
            // CPUs and at os) and show the others as context: block (above) and busy-poll (cross-cpu) run anyway.
            .forTargets(TARGET_PROFILES, "roundTrip", List.of("manager-uds-spin-then-block"), "placement", "cross-cpu,same-cpu,os")
            .explore(QUICK, BUSY_POLL, "what burning a core buys is a cross-CPU question (the busy-poll targets are cross-cpu);"
                    + " on one CPU a busy poller waits for preemption, as mmap-spin shows: full measures it", "placement", "cross-cpu")
            .explore(QUICK, MMAP_MIDDLE_WAITS, "the mailbox's waits between its two ends (spin, block): quick ranks the"
                    + " ends at headline depth and shows these once; full ranks all", "placement", "cross-cpu")
            .leaveOut(QUICK, SPIN_THEN_BLOCK, "between busy-poll (across CPUs) and block (on one CPU) by design; quick's budget"
                    + " keeps the two ends, full measures the compromise")
            .explore(FULL, "placement", "cross-cpu,same-cpu,os")
            .timing(QUICK, Timing.of(0, "100ms", 2, "200ms")) // setup's JitWarmup warms up
            .timing(SMOKE, Timing.of(0, "100ms", 1, "200ms"))
            .pass(JFR, "roundTrip", List.of("pipe", "pipe-busy-poll", "manager-uds", "mmap-park"), "placement", "cross-cpu")
            .build();

    public static final Workload STREAM = Workload.named("StreamBench").bench(PKG + "xproc.StreamBench").crossProcess(PLACEMENTS)
            .question("How many bytes per second does each way carry one way between two processes?")
            .job(XPROC_MESSAGE)
            .space("send", Streams.FACTORY)
            .headline("send", "payloadBytes", "65536", "placement", "cross-cpu").baseline("pipe")
            .explore(SMOKE, "placement", "cross-cpu", "payloadBytes", "64,1048576")
            .explore(FULL, "placement", "cross-cpu,same-cpu", "capacity", "65536,1048576")
            .timing(FULL, Timing.of(3, "1s", 5, "1s"))
            .timing(QUICK, XPROC_QUICK)
            .timing(SMOKE, Timing.of(0, "100ms", 1, "200ms"))
            .pass(JFR, "send", List.of("pipe", "mmap-spsc-ring"), "placement", "cross-cpu", "payloadBytes", "65536")
            .build();

    public static final Workload XPROC_COUNTER_BENCH = Workload.named("XprocCounterBench").bench(PKG + "xproc.XprocCounterBench")
            .crossProcess(PLACEMENTS)
            .question("How many adds per second do two processes sharing a counter make together, and how fairly split?")
            .job(XPROC_COUNTER)
            .space("add", CrossCounters.FACTORY)
            // ranked by both processes' operations: the primary score counts only the benchmark JVM's, which
            // rewards a lock that starves the child (parentShare/childShare beside it say how fair it was)
            .headline("add", "batch", "1", "placement", "cross-cpu").baseline("file-lock").rankBy("total")
            .explore(SMOKE, "placement", "cross-cpu")
            .explore(FULL, "placement", "cross-cpu,same-cpu")
            .timing(FULL, Timing.of(3, "1s", 5, "1s"))
            .timing(QUICK, XPROC_QUICK)
            .timing(SMOKE, Timing.of(0, "100ms", 1, "200ms"))
            .pass(JFR, "add", List.of("mmap", "file-lock"), "placement", "cross-cpu", "batch", "1")
            .build();

    public static final Workload SHARED_MAP = Workload.named("SharedMapBench").bench(PKG + "xproc.SharedMapBench").crossProcess(PLACEMENTS)
            .question("What does a map shared across processes through a manager cost per write and read?")
            .job(XPROC_MAP)
            .space("writeThenRead", SharedMaps.FACTORY)
            .headline("writeThenRead", "codec", "binary", "batch", "1", "placement", "cross-cpu").baseline("manager-tcp")
            .explore(SMOKE, "placement", "cross-cpu")
            .explore(FULL, "placement", "cross-cpu,same-cpu,os")
            .timing(QUICK, XPROC_QUICK)
            .timing(FULL, Timing.of(3, "1s", 5, "1s"))
            .timing(SMOKE, Timing.of(0, "100ms", 1, "200ms"))
            .build();

    /*
     * Latency under load (open loop): RttBench's cross-process mechanisms (roundTrip) and the
     * in-process handoffs (handoff, spinning) offered messages at a fixed rate, loadPercent % of each
     * one's own closed-loop maximum measured in the fork. Quick measures three contrasting mechanisms
     * (a blocking kernel pipe, a spinning mmap mailbox, a lock-based queue) at three rates; full all
     * of them at four (headline 10 forks, the rest 5: ~735 forks, ~1.5 h by the planner's estimate).
     */
    public static final Workload LOAD_LATENCY = Workload.named("LoadLatencyBench").bench(PKG + "xproc.LoadLatencyBench").crossProcess(PLACEMENTS)
            .question("What is each mechanism's tail latency when messages arrive at a steady rate, up to and past its maximum?")
            .space("roundTrip", RoundTrips.FACTORY)
            .space("handoff", Handoffs.FACTORY, WaitStrategy.SPIN)
            .headline("roundTrip", "placement", "cross-cpu", "loadPercent", "50").baseline("pipe").rankBy("lat.p99")
            .only(SMOKE, "smoke checks that both drivers run and verify themselves", "pipe", "array-blocking-queue")
            .explore(SMOKE, "placement", "cross-cpu", "loadPercent", "50")
            .only(QUICK, "every mechanism times every rate is a full-profile question; quick shows the shape of the curve"
                    + " for a kernel transport and an in-process handoff", "pipe", "array-blocking-queue")
            .explore(QUICK, "placement", "cross-cpu", "loadPercent", "10,50,110")
            .explore(FULL, "placement", "cross-cpu", "loadPercent", "10,50,90,110")
            .timing(QUICK, Timing.of(1, "200ms", 2, "300ms"))
            .timing(SMOKE, Timing.of(0, "100ms", 1, "200ms"))
            .timing(FULL, Timing.of(1, "1s", 4, "1s"))
            .build();

    /** Every workload, in the order the stages run them (the floor first: it frames the rest). */
    public static final List<Workload> ALL = List.of(FLOOR, COUNTER, HANDOFF, HANDOFF_LATENCY, SCRATCH, BULK, MAP, GATE_CALIBRATION,
            RTT, STREAM, XPROC_COUNTER_BENCH, SHARED_MAP, LOAD_LATENCY, CANARY_KERNEL);

    private static final Map<String, Workload> BY_NAME = new LinkedHashMap<>();

    static {
        for (Workload w : ALL) {
            if (BY_NAME.putIfAbsent(w.name(), w) != null) {
                throw new IllegalStateException("workload defined twice: " + w.name());
            }
            w.job().ifPresent(j -> {
                if (JOBS.stream().noneMatch(job -> job.id().equals(j))) {
                    throw new IllegalStateException(w.name() + ": unknown job " + j);
                }
            });
        }
    }

    private Workloads() {
    }

    public static Optional<Workload> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The workload of this name, or an exception listing the known ones. */
    public static Workload get(String name) {
        Workload w = BY_NAME.get(name);
        if (w == null) {
            throw new IllegalArgumentException("unknown workload '" + name + "' (workloads: " + String.join(", ", BY_NAME.keySet()) + ")");
        }
        return w;
    }

    /** The workload whose benchmark class is {@code fqcn}. */
    public static Optional<Workload> ofBenchClass(String fqcn) {
        return ALL.stream().filter(w -> w.benchClass().equals(fqcn)).findFirst();
    }

    /**
     * The gate's per-benchmark thresholds of this suite, in the format {@code reports gate
     * --thresholds} reads: a comment line with the reason, then {@code <regex> = <delta>}.
     */
    public static List<String> gateThresholdLines() {
        List<String> lines = new java.util.ArrayList<>();
        for (Workload w : ALL) {
            for (Workload.GateThreshold t : w.gateThresholds()) {
                lines.add("# " + w.name() + ": " + t.why());
                lines.add(w.benchClass().replace(".", "\\.") + "\\." + (t.keyRegex().isEmpty() ? "" : ".*" + t.keyRegex()) + " = " + t.delta());
            }
        }
        return lines;
    }

    public static List<Workload> ofStage(Stage stage) {
        return ALL.stream().filter(w -> w.stage() == stage).toList();
    }
}
