package dev.sharebench.core.threadlocal;

import dev.sharebench.core.contract.Scratch;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code thread-local}: one instance per thread, made on the thread's first use and kept in the
 * thread's map. Cheap on long-lived pooled threads; on a virtual thread per task the instance dies
 * with the task, so every task pays for a new one plus the map entry.
 */
public final class ThreadLocalScratch<T> implements Scratch<T> {

    private final ThreadLocal<T> local;

    public ThreadLocalScratch(Supplier<T> factory) {
        this.local = ThreadLocal.withInitial(factory);
    }

    @Override
    public String alias() {
        return "thread-local";
    }

    @Override
    public <R> R use(Function<T, R> op) {
        return op.apply(local.get());
    }
}
