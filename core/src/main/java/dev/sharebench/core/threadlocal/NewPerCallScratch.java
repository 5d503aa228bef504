package dev.sharebench.core.threadlocal;

import dev.sharebench.core.contract.Scratch;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@code new-per-call}: no sharing at all, a fresh instance for every operation (and garbage). */
public final class NewPerCallScratch<T> implements Scratch<T> {

    private final Supplier<T> factory;

    public NewPerCallScratch(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public String alias() {
        return "new-per-call";
    }

    @Override
    public <R> R use(Function<T, R> op) {
        return op.apply(factory.get());
    }
}
