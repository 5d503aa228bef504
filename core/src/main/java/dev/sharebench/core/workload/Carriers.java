package dev.sharebench.core.workload;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where workload 3's tasks run, named by the {@code carrier} parameter:
 * <ul>
 *   <li>{@code platform}: a fixed pool of long-lived platform threads (the classic server), so
 *       per-thread state survives from one task to the next;</li>
 *   <li>{@code virtual}: a new virtual thread per task (how virtual threads are meant to be used,
 *       never pooled), so per-thread state lives for one task.</li>
 * </ul>
 */
public final class Carriers {

    private static final List<String> NAMES = List.of("platform", "virtual");

    private Carriers() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /** A new executor for {@code carrier}; threads are named {@code sharebench-<carrier>-N}. */
    public static ExecutorService create(String carrier, int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be >= 1, was " + parties);
        }
        return switch (carrier) {
            case "platform" -> Executors.newFixedThreadPool(parties, Thread.ofPlatform().name("sharebench-platform-", 0).factory());
            case "virtual" -> Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sharebench-virtual-", 0).factory());
            default -> throw new IllegalArgumentException("carrier must be one of " + NAMES + ", was '" + carrier + "'");
        };
    }
}
