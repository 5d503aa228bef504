package dev.sharebench.core.floor;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.BooleanSupplier;

/**
 * The floor: two threads hand a number back and forth through ONE cache line, both spinning.
 * No mechanism can hand data between cores faster than this, so every handoff in the suite is
 * shown next to it. On the development machine a round trip is ~77 ns in the host's common state (docs/machine.md).
 *
 * <pre>
 *   pinger                      ponger
 *   request := n  ---------->   sees request == n
 *   spin until response == n <- response := n
 * </pre>
 *
 * Both fields sit in one object (16-byte header + 2 longs) so they share a cache line, which is
 * the point: the line moves between the two cores twice per round trip. The object is padded on
 * both sides so that nothing else shares that line.
 */
public final class PingPongCell {

    private static final VarHandle REQUEST;
    private static final VarHandle RESPONSE;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            REQUEST = l.findVarHandle(PingPongCell.class, "request", long.class);
            RESPONSE = l.findVarHandle(PingPongCell.class, "response", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") private long p01, p02, p03, p04, p05, p06, p07;
    private long request;
    private long response;
    @SuppressWarnings("unused") private long p11, p12, p13, p14, p15, p16, p17;

    /**
     * Pinger side: publish {@code n} and spin until the ponger echoes it.
     *
     * @return {@code n}, or -1 if {@code stop} became true first (the benchmark iteration ended)
     */
    public long ping(long n, BooleanSupplier stop) {
        REQUEST.setRelease(this, n);
        int spins = 0;
        while ((long) RESPONSE.getAcquire(this) != n) {
            Thread.onSpinWait();
            if ((++spins & 0x3FF) == 0 && stop.getAsBoolean()) {
                return -1;
            }
        }
        return n;
    }

    /**
     * Ponger side: wait for a request newer than {@code last} and echo it.
     *
     * @return the request echoed, or -1 if {@code stop} became true first
     */
    public long pong(long last, BooleanSupplier stop) {
        long n;
        int spins = 0;
        while ((n = (long) REQUEST.getAcquire(this)) == last) {
            Thread.onSpinWait();
            if ((++spins & 0x3FF) == 0 && stop.getAsBoolean()) {
                return -1;
            }
        }
        RESPONSE.setRelease(this, n);
        return n;
    }

    public long lastResponse() {
        return (long) RESPONSE.getAcquire(this);
    }
}
