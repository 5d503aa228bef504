package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.Scratch;
import dev.sharebench.core.lock.SharedLockedScratch;
import dev.sharebench.core.queue.QueuePoolScratch;
import dev.sharebench.core.threadlocal.NewPerCallScratch;
import dev.sharebench.core.threadlocal.ScopedValueScratch;
import dev.sharebench.core.threadlocal.ThreadLocalScratch;
import java.util.List;
import java.util.function.Supplier;

/** The one alias-to-scratch mapping of the suite (workload 3). */
public final class Scratches {

    private static final List<String> ALIASES =
            List.of("thread-local", "scoped-value", "shared-locked", "new-per-call", "queue-pool");

    static {
        ALIASES.forEach(Mechanisms::get);
    }

    private Scratches() {
    }

    /** Every alias this factory can create. */
    public static List<String> aliases() {
        return ALIASES;
    }

    /**
     * A new scratch provider.
     *
     * @param factory makes one scratch instance
     * @param parties threads that use it at once (>= 1): the size of {@code queue-pool}'s pool
     */
    public static <T> Scratch<T> create(String alias, Supplier<T> factory, int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be >= 1, was " + parties);
        }
        return switch (alias) {
            case "thread-local" -> new ThreadLocalScratch<>(factory);
            case "scoped-value" -> new ScopedValueScratch<>(factory);
            case "shared-locked" -> new SharedLockedScratch<>(factory.get());
            case "new-per-call" -> new NewPerCallScratch<>(factory);
            case "queue-pool" -> new QueuePoolScratch<>(factory, parties);
            default -> {
                Mechanisms.get(alias);
                throw new UnknownMechanismException(alias, "Scratch", ALIASES);
            }
        };
    }
}
