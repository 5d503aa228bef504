package dev.sharebench.core.proof;

import dev.sharebench.core.workload.BulkArrays;
import dev.sharebench.core.workload.Counters;
import dev.sharebench.core.workload.CrossCounters;
import dev.sharebench.core.workload.Factory;
import dev.sharebench.core.workload.Floors;
import dev.sharebench.core.workload.Handoffs;
import dev.sharebench.core.workload.Maps;
import dev.sharebench.core.workload.RoundTrips;
import dev.sharebench.core.workload.Scratches;
import dev.sharebench.core.workload.SharedMaps;
import dev.sharebench.core.workload.Streams;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every pitfall proof of the suite, defined once: the proof runner, the jcstress converter and the
 * reports all take ids, titles and pitfalls from here. Numbers follow issue 4 (P01-P19), then the
 * issues that added proofs (P20-P22: issue 13), then the per-mechanism checks (P30 on; P36 on under jcstress); they are never reused.
 */
public final class ProofCatalog {

    private static final String JCS = "dev.sharebench.jcstress.";
    private static final String CASES = "dev.sharebench.core.proof.cases.";
    private static final String CHECKS = CASES + "checks.";

    private static final Map<String, ProofInfo> BY_ID = new LinkedHashMap<>();

    static {
        // --- in-process races, run by jcstress (2 actors + arbiter at most)
        add(1, "Lost update", "count++ on a shared plain or volatile field", Kind.JCSTRESS, JCS + "lock.Lock_01_LostUpdate");
        add(2, "Lock per caller", "each thread locks its own lock object", Kind.JCSTRESS, JCS + "lock.Lock_02_LockPerCaller");
        add(3, "Check-then-act", "get, then put, on a ConcurrentHashMap", Kind.JCSTRESS, JCS + "lock.Lock_03_CheckThenAct");
        add(4, "Unsafe publication", "data plus a plain ready flag, read without acquire", Kind.JCSTRESS, JCS + "lock.Lock_04_Publication");
        add(5, "Spin that never ends", "a spin loop on a plain field the JIT may hoist", Kind.JCSTRESS, JCS + "lock.Lock_05_SpinOnPlainField");
        add(6, "Off-heap lost update", "plain MemorySegment get and set as an increment", Kind.JCSTRESS, JCS + "offheap.Offheap_06_SegmentLostUpdate");
        add(7, "Shared buffer position", "relative get/put on one ByteBuffer from two threads", Kind.JCSTRESS, JCS + "offheap.Offheap_07_BufferPosition");
        add(8, "Tearing", "a plain 8-byte access that crosses a cache line", Kind.JCSTRESS, JCS + "offheap.Offheap_08_Tearing");
        add(9, "Two mappings, one file", "plain read-modify-write through two mappings of one file", Kind.JCSTRESS, JCS + "mmap.Mmap_09_TwoMappings");
        // --- deterministic, single JVM
        add(10, "ThreadLocal bleed", "a ThreadLocal left set on a pooled thread", Kind.DETERMINISTIC, CASES + "ThreadLocal_10_Bleed");
        add(11, "Unbounded queue", "an unbounded queue under a producer faster than its consumer", Kind.DETERMINISTIC, CASES + "Queue_11_Unbounded");
        add(12, "Use after close", "reading a MemorySegment after its Arena closed", Kind.DETERMINISTIC, CASES + "Offheap_12_UseAfterClose");
        // --- cross-process, child JVMs
        add(13, "Child gets a copy", "expecting a child process to change the parent's object", Kind.CROSS_PROCESS, CASES + "Pipe_13_ChildGetsCopy");
        add(14, "In-JVM lock across processes", "a ReentrantLock guarding memory that another process writes", Kind.CROSS_PROCESS, CASES + "Mmap_14_InJvmLock");
        add(15, "Stale snapshot", "a local copy of a manager proxy's value", Kind.CROSS_PROCESS, CASES + "Manager_15_StaleSnapshot");
        add(16, "Chatty loop", "per-element proxy access in a loop", Kind.CROSS_PROCESS, CASES + "Manager_16_ChattyLoop");
        add(17, "Orphaned server", "a child process that outlives its killed parent", Kind.CROSS_PROCESS, CASES + "Process_17_Orphan");
        add(18, "Unserializable payload", "sending an object that cannot be serialized", Kind.CROSS_PROCESS, CASES + "Manager_18_Unserializable");
        add(19, "Shared-memory lifecycle", "a mapping file nobody deletes", Kind.CROSS_PROCESS, CASES + "Mmap_19_MappingLifecycle");
        // --- added later (issue 13): in-process races, run by jcstress
        add(20, "Unsynchronized HashMap", "two threads put into one plain HashMap", Kind.JCSTRESS, JCS + "map.Map_20_PlainHashMap");
        // --- added later (issue 13): the manager's own pitfalls, over the real manager server
        add(21, "Shared connection", "one manager connection used by two threads without a lock", Kind.CROSS_PROCESS, CASES + "Manager_21_SharedConnection");
        add(22, "Proxy increment", "d[x] += 1 through a manager proxy from two processes", Kind.CROSS_PROCESS, CASES + "Manager_22_ProxyIncrement");

        // --- per-mechanism correctness checks: every registered alias of a family, one Fixed record each
        add(30, "Counters lose no update", "every in-process counter, two threads adding", Kind.CHECK, CHECKS + "Check_30_Counters");
        add(31, "Handoffs deliver once, in order", "every in-process handoff, one producer and one consumer", Kind.CHECK,
                CHECKS + "Check_31_Handoffs");
        add(32, "Scratch and bulk arrays stay private", "every scratch provider and bulk array, two threads", Kind.CHECK,
                CHECKS + "Check_32_ScratchAndArrays");
        add(33, "Round trips, both placements, peer killed", "every cross-process round trip on one and on two CPUs",
                Kind.CHECK, CHECKS + "Check_33_RoundTrips");
        add(34, "Cross-process counters, streams and maps", "every cross-process counter, stream and map, checked end to end",
                Kind.CHECK, CHECKS + "Check_34_CrossProcessData");
        add(35, "In-process maps lose no entry", "every in-process map, two threads putting their own keys", Kind.CHECK,
                CHECKS + "Check_35_Maps");
        // --- the same checks under jcstress (issue 11): one jcstress test per alias, one Fixed record per check
        add(36, "Counters lose no update (jcstress)", "every in-process counter, two jcstress actors adding", Kind.JCSTRESS_CHECK,
                JCS + "check.Check_36_Counters");
        add(37, "Handoffs deliver once, in order (jcstress)", "every in-process handoff, a jcstress producer and consumer",
                Kind.JCSTRESS_CHECK, JCS + "check.Check_37_Handoffs");

        // What each proof RUNS (its records may be cited for these aliases and no others; the runner
        // turns a Fixed variant that did not run one of them into an error record).
        declare("P04", ProofInfo::asReordering);
        declare("P11", ProofInfo::asDeterministic);
        declare("P12", ProofInfo::asDeterministic);
        declare("P13", ProofInfo::asDeterministic); // a copy is a copy on every run
        declare("P18", ProofInfo::asDeterministic); // a Thread never serializes: every 10th item, every run
        declare("P19", ProofInfo::asDeterministic);
        runs("P13", "pipe", "fifo", "uds", "tcp", "process-queue", "manager-uds");
        runs("P14", "mmap", "mmap-lock", "file-lock");
        runs("P15", "manager-uds");
        runs("P16", "manager-uds");
        runs("P18", "process-queue", "manager-uds", "manager-tcp", "rmi");
        runs("P21", "manager-uds");
        runs("P22", "manager-uds");
        runsAllOf("P30", Counters.FACTORY);
        runsAllOf("P31", Handoffs.FACTORY, Floors.FACTORY);
        runsAllOf("P32", Scratches.FACTORY, BulkArrays.FACTORY);
        runsAllOf("P33", RoundTrips.FACTORY);
        runsAllOf("P34", CrossCounters.FACTORY, Streams.FACTORY, SharedMaps.FACTORY);
        runsAllOf("P35", Maps.FACTORY);
        runsAllOf("P36", Counters.FACTORY);
        runsAllOf("P37", Handoffs.FACTORY);
    }

    private ProofCatalog() {
    }

    private static void runs(String id, String... aliases) {
        declare(id, p -> p.runs(List.of(aliases)));
    }

    private static void declare(String id, java.util.function.UnaryOperator<ProofInfo> change) {
        BY_ID.computeIfPresent(id, (k, p) -> change.apply(p));
    }

    /* A check runs every alias its factories register: the list comes from them, never by hand. */
    private static void runsAllOf(String id, Factory<?, ?>... factories) {
        List<String> aliases = Arrays.stream(factories).flatMap(f -> f.aliases().stream()).distinct().toList();
        declare(id, p -> p.runs(aliases));
    }

    private static void add(int number, String title, String pitfall, Kind kind, String testClass) {
        add(number, title, pitfall, kind, testClass, null);
    }

    private static void add(int number, String title, String pitfall, Kind kind, String testClass, String notReproducedReason) {
        ProofInfo p = new ProofInfo(number, title, pitfall, kind, testClass, notReproducedReason);
        if (BY_ID.putIfAbsent(p.id(), p) != null) {
            throw new IllegalStateException("proof number used twice: " + number);
        }
    }

    public static List<ProofInfo> all() {
        return List.copyOf(BY_ID.values());
    }

    public static List<ProofInfo> ofKind(Kind kind) {
        return BY_ID.values().stream().filter(p -> p.kind() == kind).toList();
    }

    public static Optional<ProofInfo> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The proof whose class holds the jcstress test {@code testName} (e.g. {@code ...Lock_01_LostUpdate.Broken}). */
    public static Optional<ProofInfo> forTest(String testName) {
        return BY_ID.values().stream().filter(p -> testName.startsWith(p.testClass() + ".") || testName.startsWith(p.testClass() + "$")).findFirst();
    }

    /**
     * Parses a comma-separated id list such as {@code P01,P10} (also {@code 1,10}); the error names
     * the argument and lists the known ids.
     */
    public static List<ProofInfo> parseIds(String argumentName, String ids) {
        return Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
            String id = s.matches("\\d{1,2}") ? String.format("P%02d", Integer.parseInt(s)) : s.toUpperCase(java.util.Locale.ROOT);
            ProofInfo p = BY_ID.get(id);
            if (p == null) {
                throw new IllegalArgumentException(argumentName + ": unknown proof id '" + s + "', known ids: "
                        + BY_ID.keySet().stream().collect(Collectors.joining(",")));
            }
            return p;
        }).distinct().toList();
    }
}
