package dev.sharebench.core.workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * Where workload 3's tasks run, named by the {@code carrier} parameter (not a mechanism: the same
 * scratch mechanisms run on each):
 * <ul>
 *   <li>{@code platform}: a fixed pool of long-lived platform threads (the classic server), so
 *       per-thread state survives from one task to the next;</li>
 *   <li>{@code virtual}: a new virtual thread per task (how virtual threads are meant to be used,
 *       never pooled), so per-thread state lives for one task.</li>
 * </ul>
 */
public final class Carriers {

    private static final Map<String, IntFunction<ExecutorService>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("platform", parties -> Executors.newFixedThreadPool(parties, Thread.ofPlatform().name("sharebench-platform-", 0).factory()));
        BY_NAME.put("virtual", parties -> Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sharebench-virtual-", 0).factory()));
    }

    private Carriers() {
    }

    /** The carrier names, in order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** A new executor for {@code carrier}; threads are named {@code sharebench-<carrier>-N}. */
    public static ExecutorService create(String carrier, int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be >= 1, was " + parties);
        }
        IntFunction<ExecutorService> f = BY_NAME.get(carrier);
        if (f == null) {
            throw new IllegalArgumentException("carrier must be one of " + names() + ", was '" + carrier + "'");
        }
        return f.apply(parties);
    }
}
