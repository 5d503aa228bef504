package dev.sharebench.core.mmap;

import dev.sharebench.core.wait.WaitStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.function.BooleanSupplier;

/**
 * The three ways two processes add to a number in shared memory ({@link ExchangeLayout}), used by
 * both ends of the counter benchmark:
 * <ul>
 *   <li>{@code mmap}: one {@code getAndAdd} (LOCK XADD) on {@code counter}: no lock at all.</li>
 *   <li>{@code mmap-lock}: a CAS spin lock on {@code lock} (0 free, else the owner's pid), then a
 *       plain read-modify-write of {@code guarded}, then a release store of 0.</li>
 *   <li>{@code file-lock}: {@code FileChannel.lock} (fcntl F_SETLKW, a syscall both to take and to
 *       release) on the 8 bytes of {@code guarded}, then the same read-modify-write.</li>
 * </ul>
 */
public final class SharedCounterOps {

    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final String mechanism;
    private final MemorySegment seg;
    private final FileChannel channel;
    private final long pid = ProcessHandle.current().pid();

    public SharedCounterOps(String mechanism, SharedMapping map) {
        if (!mechanism.equals("mmap") && !mechanism.equals("mmap-lock") && !mechanism.equals("file-lock")) {
            throw new IllegalArgumentException("mechanism '" + mechanism + "' is not an mmap counter (mmap, mmap-lock, file-lock)");
        }
        this.mechanism = mechanism;
        this.seg = map.segment();
        this.channel = map.channel();
    }

    /** Add; {@code peerGone} is polled while waiting for a lock and may throw. */
    public void add(long delta, BooleanSupplier peerGone) {
        switch (mechanism) {
            case "mmap" -> LONG.getAndAdd(seg, ExchangeLayout.COUNTER, delta);
            case "mmap-lock" -> {
                int spins = 0;
                while (!LONG.compareAndSet(seg, ExchangeLayout.LOCK, 0L, pid)) {
                    WaitStrategy.YIELD.idle(++spins);
                    if ((spins & 0x3FFF) == 0) {
                        peerGone.getAsBoolean();
                    }
                }
                long v = (long) LONG.get(seg, ExchangeLayout.GUARDED);
                LONG.set(seg, ExchangeLayout.GUARDED, v + delta);
                LONG.setRelease(seg, ExchangeLayout.LOCK, 0L);
            }
            default -> {
                try (FileLock ignored = channel.lock(ExchangeLayout.GUARDED, 8, false)) {
                    // NOTE: the fcntl calls are full barriers in practice; acquire/release make the
                    // ordering explicit for the JIT as well.
                    long v = (long) LONG.getAcquire(seg, ExchangeLayout.GUARDED);
                    LONG.setRelease(seg, ExchangeLayout.GUARDED, v + delta);
                } catch (IOException e) {
                    throw new UncheckedIOException(mechanism + ": fcntl lock failed", e);
                }
            }
        }
    }

    public long total() {
        return (long) LONG.getVolatile(seg, mechanism.equals("mmap") ? ExchangeLayout.COUNTER : ExchangeLayout.GUARDED);
    }
}
