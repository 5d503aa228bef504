package dev.sharebench.core.wait;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * How a party waits for the other side: the first-order parameter of every handoff on a 2-vCPU
 * machine, where a blocking wake-up across vCPUs costs tens to hundreds of microseconds and a spin
 * round trip ~30-440 ns, depending on the host's placement (docs/machine.md).
 *
 * <p>{@link #idle(int)} is called after each failed attempt, with the number of failed attempts so
 * far. {@code spin} never gives up the CPU; {@code yield} and {@code park} spin
 * {@value #SPINS_BEFORE_BACKOFF} times first. {@code block} means "use the mechanism's own blocking
 * call" (e.g. {@code BlockingQueue.take}, a blocking {@code read}); for a poll loop it behaves like
 * {@code park}. {@code futex} exists only for cross-process shared memory (a real kernel wait on the
 * mapping).
 *
 * <p>The kernel transports (pipe, fifo, uds, tcp, process-queue) wait on a file descriptor instead
 * of a memory word: {@code busy-poll} retries a non-blocking {@code read}/{@code write} in a loop
 * (the spin of a kernel transport: one system call per attempt, the CPU never given up), and
 * {@code spin-then-block} retries for a bounded time, then blocks in {@code poll}/{@code epoll}
 * until the descriptor is ready (the kernel wakes it only if it sleeps: the writer's system call
 * pays a wake-up only then). For a memory poll loop they behave like {@code spin} and {@code park}.
 */
public enum WaitStrategy {
    SPIN("spin"),
    YIELD("yield"),
    PARK("park"),
    BLOCK("block"),
    FUTEX("futex"),
    BUSY_POLL("busy-poll"),
    SPIN_THEN_BLOCK("spin-then-block");

    /** Failed attempts spent spinning before yield/park back off. */
    public static final int SPINS_BEFORE_BACKOFF = 100;
    /** The waits of an end of a kernel transport (pipe, fifo, uds, tcp, process queue, manager). */
    public static final Set<WaitStrategy> KERNEL_TRANSPORT = Collections.unmodifiableSet(EnumSet.of(BLOCK, BUSY_POLL, SPIN_THEN_BLOCK));
    /** Timed park: the parked side wakes itself, so no unpark protocol is needed. */
    public static final long PARK_NANOS = 1_000;

    private final String alias;

    WaitStrategy(String alias) {
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    public static WaitStrategy of(String alias) {
        for (WaitStrategy w : values()) {
            if (w.alias.equals(alias)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown wait strategy '" + alias + "' (known: "
                + String.join(", ", Arrays.stream(values()).map(WaitStrategy::alias).toList()) + ")");
    }

    /** One idle step after {@code failedAttempts} unsuccessful checks. */
    public void idle(int failedAttempts) {
        switch (this) {
            case SPIN, BUSY_POLL -> Thread.onSpinWait();
            case YIELD -> {
                if (failedAttempts < SPINS_BEFORE_BACKOFF) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            case PARK, BLOCK, FUTEX, SPIN_THEN_BLOCK -> {
                if (failedAttempts < SPINS_BEFORE_BACKOFF) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(PARK_NANOS);
                }
            }
        }
    }
}
