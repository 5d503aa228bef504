package dev.sharebench.core.lock;

import dev.sharebench.core.contract.SharedCounter;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code long-adder}: starts as one CAS on a base field; on contention, threads move to striped
 * cells (padded apart), and {@link #sum()} adds the cells up.
 */
public final class LongAdderCounter implements SharedCounter {

    private final LongAdder total = new LongAdder();

    @Override
    public void add(long delta) {
        total.add(delta);
    }

    @Override
    public long sum() {
        return total.sum();
    }

    @Override
    public String alias() {
        return "long-adder";
    }
}
