package dev.sharebench.core.contract;

import java.util.function.BooleanSupplier;

/**
 * The floor's contract (FloorBench, check P31): a pinger thread and a ponger thread hand a number
 * back and forth, both spinning. The ponger answers request {@code n} with {@link #reply reply(n)}
 * ({@code n + 1}, as a cross-process peer answers a {@link RoundTrip}), never with {@code n} itself,
 * so the pinger can tell an answer the ponger computed from its own argument handed back or from
 * the previous answer left in place.
 */
public interface PingPong {

    /** Returned by {@link #ping} and {@link #pong} when {@code stop} became true first. */
    long STOPPED = -1;

    /**
     * Pinger side: publish request {@code n} (1, 2, 3, ...) and spin until a new answer arrives.
     *
     * @return the answer the ponger wrote ({@code reply(n)} from a working ponger; the caller checks it),
     *         or {@link #STOPPED}
     */
    long ping(long n, BooleanSupplier stop);

    /**
     * Ponger side: wait for a request other than {@code last}, answer it with {@code reply(request)}.
     *
     * @return the request answered, or {@link #STOPPED}
     */
    long pong(long last, BooleanSupplier stop);

    /** The answer word as it is now. */
    long lastResponse();

    /** What the ponger answers to request {@code n}: {@link RoundTrip#reply}, the request plus one. */
    static long reply(long n) {
        return RoundTrip.reply(n);
    }
}
