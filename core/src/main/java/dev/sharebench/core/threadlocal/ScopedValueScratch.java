package dev.sharebench.core.threadlocal;

import dev.sharebench.core.contract.Scratch;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code scoped-value}: each task binds a fresh instance to a {@link ScopedValue} for its dynamic
 * extent; operations read the binding. No per-thread map and nothing left behind when the task
 * ends, at the price of one instance per task (never per thread).
 */
public final class ScopedValueScratch<T> implements Scratch<T> {

    private final ScopedValue<T> key = ScopedValue.newInstance();
    private final Supplier<T> factory;

    public ScopedValueScratch(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public String alias() {
        return "scoped-value";
    }

    @Override
    public <R> R task(Supplier<R> body) {
        return ScopedValue.where(key, factory.get()).call(body::get);
    }

    @Override
    public <R> R use(Function<T, R> op) {
        if (!key.isBound()) {
            throw new IllegalStateException("scoped-value: use() called outside task(); nothing is bound");
        }
        return op.apply(key.get());
    }
}
