package dev.sharebench.core.threadlocal;

import dev.sharebench.core.contract.SharedCounter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code thread-local}: accumulate-then-merge. Each thread adds to its own cell (found through a
 * {@link ThreadLocal}, registered once); {@link #sum()} merges the cells. Nothing is shared on the
 * hot path, so this is the uncontended ceiling; the price is a sum that walks every cell, and cells
 * that outlive their threads (a real design must retire them).
 */
public final class ThreadLocalCounter implements SharedCounter {

    /** One thread's running total; only its owner writes it. */
    static final class Cell {
        private static final VarHandle VALUE;

        static {
            try {
                VALUE = MethodHandles.lookup().findVarHandle(Cell.class, "value", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        // Padding keeps two threads' cells (allocated back to back) off one cache line; JOL 0.17 on
        // JDK 25 shows value at offset 80 of a 152-byte object (64 bytes of padding either side).
        @SuppressWarnings("unused") private long p01, p02, p03, p04, p05, p06, p07, p08;
        private long value;
        @SuppressWarnings("unused") private long p11, p12, p13, p14, p15, p16, p17, p18;

        void add(long delta) {
            // Single writer: a plain read and a release store, no atomic instruction needed.
            VALUE.setRelease(this, value + delta);
        }

        long get() {
            return (long) VALUE.getAcquire(this);
        }
    }

    private final Queue<Cell> cells = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Cell> mine = ThreadLocal.withInitial(this::newCell);

    private Cell newCell() {
        Cell c = new Cell();
        cells.add(c);
        return c;
    }

    @Override
    public void add(long delta) {
        mine.get().add(delta);
    }

    @Override
    public long sum() {
        long total = 0;
        for (Cell c : cells) {
            total += c.get();
        }
        return total;
    }

    @Override
    public String alias() {
        return "thread-local";
    }
}
