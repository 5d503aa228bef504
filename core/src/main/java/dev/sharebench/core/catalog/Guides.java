package dev.sharebench.core.catalog;

import static dev.sharebench.core.catalog.Target.Selector.bench;
import static dev.sharebench.core.catalog.Target.Selector.reference;

import dev.sharebench.core.catalog.Guide.Counterpart;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic guides' mechanisms beside their Java counterparts (issue 13). Each Python case does
 * the work of the Java workload it stands beside (scripts/reference/README.md says how), at the
 * Java headline's placement where placement applies.
 */
public final class Guides {

    private Guides() {
    }

    private static final String PY = Guide.PROGRAM;
    private static final String CROSS = "cross-cpu";
    private static final String BOTH_ADDS = "both count the adds of both processes (Java: XprocCounterBench's total)";
    private static final String TWO_THREADS = "Java: two threads of one process, each updating its half";

    public static final List<Guide> ALL = build();

    private static List<Guide> build() {
        List<Guide> g = new ArrayList<>();
        for (String threads : List.of("1", "2")) {
            String method = threads.equals("1") ? "uncontended" : "contended";
            g.add(new Guide("G" + threads, "threading.Lock around a global counter, " + threads + " thread" + (threads.equals("1") ? "" : "s"),
                    reference(PY, "python3", "--case", "lock-counter", "--threads", threads), "value", "ns",
                    List.of(java(bench(Workloads.COUNTER, method, "median", "mechanism", "synchronized", "holdTokens", "0")),
                            java(bench(Workloads.COUNTER, method, "median", "mechanism", "reentrant-lock,atomic-long,long-adder", "holdTokens", "0")))));
        }
        g.add(new Guide("G3", "queue.Queue hand-off, one producer and one consumer thread",
                reference(PY, "python3", "--case", "queue-handoff"), "value", "items/s",
                List.of(java(bench(Workloads.HANDOFF, "blocking", "median", "mechanism", "array-blocking-queue", "waitStrategy", "block",
                                "capacity", "1024")),
                        java(bench(Workloads.HANDOFF, "blocking", "median", "mechanism", "linked-blocking-queue", "waitStrategy", "block")))));
        g.add(new Guide("G4", "threading.local scratch, 2 threads",
                reference(PY, "python3", "--case", "thread-local-scratch", "--threads", "2"), "value", "ns",
                List.of(java(bench(Workloads.SCRATCH, "direct", "median", "mechanism", "thread-local")),
                        java(bench(Workloads.SCRATCH, "direct", "median", "mechanism", "scoped-value,new-per-call")))));
        g.add(new Guide("G5", "a dict shared by threads, every get and put under one Lock (95% gets, 2 threads)",
                reference(PY, "python3", "--case", "dict-threads", "--threads", "2", "--mix", "read-mostly"), "nsPerOp", "ns",
                List.of(java(bench(Workloads.MAP, "shared", "median", "mechanism", "synchronized-hashmap", "writePercent", "5")),
                        java(bench(Workloads.MAP, "shared", "median", "mechanism", "concurrent-hashmap,rwlock-map", "writePercent", "5")))));
        g.add(new Guide("G6", "multiprocessing.Value with its lock, a counter two processes add to",
                reference(PY, "python3", "--case", "mp-value-counter", "--placement", CROSS), "value", "adds/s",
                List.of(new Counterpart(bench(Workloads.XPROC_COUNTER_BENCH, "add", "median", "mechanism", "mmap-lock", "batch", "1",
                                "placement", CROSS), BOTH_ADDS),
                        new Counterpart(bench(Workloads.XPROC_COUNTER_BENCH, "add", "median", "mechanism", "mmap,file-lock", "batch", "1",
                                "placement", CROSS), BOTH_ADDS))));
        g.add(new Guide("G7", "multiprocessing.Array in shared memory, each of two processes updating its half",
                reference(PY, "python3", "--case", "mp-array", "--op", "update", "--storage", "array", "--placement", CROSS), "value", "us",
                List.of(new Counterpart(bench(Workloads.BULK, "update", "median", "mechanism", "mapped-segment"), TWO_THREADS),
                        new Counterpart(bench(Workloads.BULK, "update", "median", "mechanism", "heap-array,offheap-segment"), TWO_THREADS))));
        g.add(new Guide("G8", "Manager().dict() get through a proxy",
                reference(PY, "python3", "--case", "manager-dict-get", "--placement", CROSS), "value", "us",
                List.of(java(bench(Workloads.RTT, "roundTrip", "p50", "mechanism", "manager-uds", "placement", CROSS)),
                        java(bench(Workloads.RTT, "roundTrip", "p50", "mechanism", "manager-tcp,rmi", "placement", CROSS)))));
        g.add(new Guide("G9", "Manager().dict() put through a proxy",
                reference(PY, "python3", "--case", "manager-dict-put", "--placement", CROSS), "value", "us",
                List.of(new Counterpart(bench(Workloads.SHARED_MAP, "writeThenRead", "median", "mechanism", "manager-uds", "codec", "binary",
                        "batch", "1", "placement", CROSS), "Java: one put and one get per operation, Python: one put"))));
        g.add(rtt("G10", "multiprocessing.Pipe round trip (pickled ints)", "pipe-rtt", "pipe", "fifo,uds"));
        g.add(rtt("G11", "multiprocessing.Queue round trip (feeder thread, pickling, a pipe each way)", "mp-queue-rtt", "process-queue", "pipe"));
        g.add(rtt("G12", "shared_memory mailbox round trip, both sides spinning", "shm-spin-rtt", "mmap-spin", "mmap-spsc-ring"));
        return List.copyOf(g);
    }

    private static Counterpart java(Target.Selector s) {
        return new Counterpart(s, "");
    }

    private static Guide rtt(String id, String classic, String pythonCase, String paired, String others) {
        return new Guide(id, classic, reference(PY, "python3", "--case", pythonCase, "--placement", CROSS), "value", "us",
                List.of(java(bench(Workloads.RTT, "roundTrip", "p50", "mechanism", paired, "placement", CROSS)),
                        java(bench(Workloads.RTT, "roundTrip", "p50", "mechanism", others, "placement", CROSS))));
    }
}
