package dev.sharebench.core.lock;

import dev.sharebench.core.contract.SharedCounter;

/** {@code synchronized}: the textbook lock-guarded global, guarded by this object's monitor. */
public final class SynchronizedCounter implements SharedCounter {

    private long total;

    @Override
    public synchronized void add(long delta) {
        total += delta;
    }

    @Override
    public synchronized long sum() {
        return total;
    }

    @Override
    public String alias() {
        return "synchronized";
    }
}
