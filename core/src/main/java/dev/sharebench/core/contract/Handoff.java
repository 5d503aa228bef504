package dev.sharebench.core.contract;

import dev.sharebench.core.wait.WaitStrategy;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Workload 2's contract: one producer hands {@code long} items (sequence numbers, >= 0) to one
 * consumer. Every mechanism has non-blocking {@link #offer}/{@link #poll}; those with their own
 * blocking calls ({@link #hasBlocking()}) also have timed {@link #put}/{@link #take}. The
 * {@link #waitStrategy()} chosen at creation decides how {@link #send}/{@link #receive} wait.
 * Create one with {@code workload.Handoffs}.
 *
 * <p>NOTE: put/take are the timed variants ({@code offer(e, timeout)}, {@code poll(timeout)}) so a
 * benchmark iteration can always end; they run the same lock/condition code as put/take.
 */
public interface Handoff extends AutoCloseable {

    /** Returned by {@link #poll()} and {@link #take} when nothing arrived. */
    long NONE = -1;

    /** Slice of a timed put/take in {@link #send}/{@link #receive}: the stop-check period. */
    long BLOCK_SLICE_MICROS = 1_000;

    /** Poll loops in {@link #send}/{@link #receive} check their stop condition every 256 failed attempts. */
    int STOP_CHECK_MASK = 0xFF;

    /** The registry alias of this mechanism. */
    String alias();

    /** How {@link #send} and {@link #receive} wait. */
    WaitStrategy waitStrategy();

    /** Producer: hands {@code item} over if there is room now. */
    boolean offer(long item);

    /** Consumer: the next item, or {@link #NONE} if there is none now. */
    long poll();

    /** Whether {@link #put} and {@link #take} are the mechanism's own blocking calls. */
    default boolean hasBlocking() {
        return false;
    }

    /** Producer: blocks until the item is handed over or the timeout passes. */
    default boolean put(long item, long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException(alias() + " has no blocking put");
    }

    /** Consumer: blocks until an item arrives ({@link #NONE} when the timeout passes first). */
    default long take(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException(alias() + " has no blocking take");
    }

    /**
     * Producer: hands {@code item} over, waiting as {@link #waitStrategy()} says.
     *
     * @return false if {@code stop} became true before the item was handed over
     */
    default boolean send(long item, BooleanSupplier stop) throws InterruptedException {
        WaitStrategy w = waitStrategy();
        if (w == WaitStrategy.BLOCK) {
            while (!put(item, BLOCK_SLICE_MICROS, TimeUnit.MICROSECONDS)) {
                if (stop.getAsBoolean()) {
                    return false;
                }
            }
            return true;
        }
        int failed = 0;
        while (!offer(item)) {
            if ((failed & STOP_CHECK_MASK) == STOP_CHECK_MASK && stop.getAsBoolean()) {
                return false;
            }
            w.idle(failed++);
        }
        return true;
    }

    /** Consumer: the next item, waiting as {@link #waitStrategy()} says; {@link #NONE} if stopped. */
    default long receive(BooleanSupplier stop) throws InterruptedException {
        WaitStrategy w = waitStrategy();
        long item;
        if (w == WaitStrategy.BLOCK) {
            while ((item = take(BLOCK_SLICE_MICROS, TimeUnit.MICROSECONDS)) == NONE) {
                if (stop.getAsBoolean()) {
                    return NONE;
                }
            }
            return item;
        }
        int failed = 0;
        while ((item = poll()) == NONE) {
            if ((failed & STOP_CHECK_MASK) == STOP_CHECK_MASK && stop.getAsBoolean()) {
                return NONE;
            }
            w.idle(failed++);
        }
        return item;
    }

    /** Frees memory the mechanism holds outside the heap; the default holds none. */
    @Override
    default void close() {
    }
}
