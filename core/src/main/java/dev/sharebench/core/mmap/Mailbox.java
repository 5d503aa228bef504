package dev.sharebench.core.mmap;

import dev.sharebench.core.nativeos.Futex;
import dev.sharebench.core.wait.WaitStrategy;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.function.BooleanSupplier;

/**
 * One direction of a shared-memory exchange ({seq, sleeping, value} in {@link ExchangeLayout}), with
 * the wait strategies of the mmap rows: {@code spin}, {@code yield} and {@code park} (spin 100 times,
 * then Thread.yield / parkNanos(1 us)), and {@code futex}: spin {@value #FUTEX_SPINS} times
 * (~2 us: a peer on another CPU answers well within it), then yield up to {@value #FUTEX_YIELDS}
 * times (lets a peer on the SAME CPU run: spinning there only burns the peer's time), then
 * announce {@code sleeping = 1}, re-check, and FUTEX_WAIT on the seq word; {@code block}: the same
 * futex protocol with no spinning at all (what a plain C futex hand-off does). The poster stores seq with
 * a volatile write and wakes only when it then reads {@code sleeping == 1} (a Dekker pair of
 * volatile accesses: either the waiter sees the new seq, or the poster sees the flag; and FUTEX_WAIT
 * itself re-checks the word in the kernel, so a wake is never lost).
 *
 * <p>One Mailbox object per process and direction (it owns a {@link Futex} buffer). Not thread-safe.
 */
public final class Mailbox implements AutoCloseable {

    static final int FUTEX_SPINS = 50;
    static final int FUTEX_YIELDS = 50;
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    /** One futex wait lasts at most this long, then the waiter checks its peer. */
    private static final long FUTEX_TIMEOUT_NANOS = 50_000_000;

    private final MemorySegment seg;
    private final long base;
    private final MemorySegment seqWord;
    private final WaitStrategy wait;
    private final Futex futex;
    private final int spins;   // futex: spins before yielding (0 for block)
    private final int yields;  // futex: yields before sleeping (0 for block)

    public Mailbox(MemorySegment seg, long base, WaitStrategy wait) {
        this.seg = seg;
        this.base = base;
        this.seqWord = seg.asSlice(base + ExchangeLayout.SEQ, 4);
        this.wait = wait;
        boolean usesFutex = wait == WaitStrategy.FUTEX || wait == WaitStrategy.BLOCK;
        this.futex = usesFutex ? new Futex(FUTEX_TIMEOUT_NANOS) : null;
        this.spins = wait == WaitStrategy.FUTEX ? FUTEX_SPINS : 0;
        this.yields = wait == WaitStrategy.FUTEX ? FUTEX_YIELDS : 0;
    }

    /**
     * Store {@code value}, then publish {@code seq}. Without futex a release store is enough (a plain
     * MOV on x86). With futex the store must be volatile (a StoreLoad fence) so that the following
     * read of {@code sleeping} cannot be reordered before it: that pair is what makes the wake-up
     * decision safe; the poster pays FUTEX_WAKE only when the peer announced it sleeps.
     */
    public void post(int seq, long value) {
        LONG.set(seg, base + ExchangeLayout.VALUE, value);
        if (futex == null) {
            INT.setRelease(seg, base + ExchangeLayout.SEQ, seq);
            return;
        }
        INT.setVolatile(seg, base + ExchangeLayout.SEQ, seq);
        if ((int) INT.getVolatile(seg, base + ExchangeLayout.SLEEPING) != 0) {
            futex.wake(seqWord, 1);
        }
    }

    /** Wake a sleeping peer unconditionally (used to deliver a stop). */
    public void wakeAll() {
        if (futex != null) {
            futex.wake(seqWord, Integer.MAX_VALUE);
        }
    }

    /**
     * Wait until seq differs from {@code last}; returns the new seq, or {@code last} if
     * {@code giveUp} became true (checked every 16 Ki spins and after every futex timeout; giveUp may
     * also throw, e.g. when the peer process died).
     */
    public int await(int last, BooleanSupplier giveUp) {
        int n = 0;
        while (true) {
            int s = (int) INT.getAcquire(seg, base + ExchangeLayout.SEQ);
            if (s != last) {
                return s;
            }
            ++n;
            if (futex != null && n > spins + yields) {
                INT.setVolatile(seg, base + ExchangeLayout.SLEEPING, 1);
                if ((int) INT.getVolatile(seg, base + ExchangeLayout.SEQ) == last) {
                    boolean woken = futex.await(seqWord, last);
                    if (!woken && giveUp.getAsBoolean()) {
                        INT.setOpaque(seg, base + ExchangeLayout.SLEEPING, 0);
                        return last;
                    }
                }
                INT.setOpaque(seg, base + ExchangeLayout.SLEEPING, 0);
                n = spins; // after a wake: yield a little before sleeping again
            } else if (futex != null) {
                if (n <= spins) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            } else {
                wait.idle(n);
            }
            if ((n & 0x3FFF) == 0 && giveUp.getAsBoolean()) {
                return last;
            }
        }
    }

    /** The value posted with the seq last returned by {@link #await}. */
    public long value() {
        return (long) LONG.get(seg, base + ExchangeLayout.VALUE);
    }

    @Override
    public void close() {
        if (futex != null) {
            futex.close();
        }
    }
}
