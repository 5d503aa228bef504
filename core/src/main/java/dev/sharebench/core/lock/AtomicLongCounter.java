package dev.sharebench.core.lock;

import dev.sharebench.core.contract.SharedCounter;
import java.util.concurrent.atomic.AtomicLong;

/** {@code atomic-long}: no lock, one atomic read-modify-write (LOCK XADD) on one contended line. */
public final class AtomicLongCounter implements SharedCounter {

    private final AtomicLong total = new AtomicLong();

    @Override
    public void add(long delta) {
        total.getAndAdd(delta);
    }

    @Override
    public long sum() {
        return total.get();
    }

    @Override
    public String alias() {
        return "atomic-long";
    }
}
