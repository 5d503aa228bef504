package dev.sharebench.core.manager;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The server's log, bounded under a flood: per kind of event (a wrong login, a login timeout, a
 * refused connection, a connection error) at most one line per interval; the lines left out in
 * between are counted, and the next line of that kind says how many ("(N more like it since the
 * last line)"). So a client that fails to log in a million times a second adds one line per second
 * per kind, never a million. {@link #flush} reports what is still uncounted when the server stops.
 * Used by the server loop's thread only.
 */
final class RateLimitedLog {

    static final String PREFIX = "sharebench manager: ";
    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private long leftOut;

    private static final class Kind {
        long lastLineAt;
        long leftOutSinceLastLine;
    }

    RateLimitedLog(PrintStream out, LongSupplier nanoClock, long intervalNanos) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.intervalNanos = intervalNanos;
    }

    /** Log {@code line} unless a line of this {@code kind} was written less than an interval ago. */
    void log(String kind, String line) {
        long now = nanoClock.getAsLong();
        Kind k = kinds.get(kind);
        if (k != null && now - k.lastLineAt < intervalNanos) {
            k.leftOutSinceLastLine++;
            leftOut++;
            return;
        }
        if (k == null) {
            k = new Kind();
            kinds.put(kind, k);
        }
        String count = k.leftOutSinceLastLine > 0 ? " (" + k.leftOutSinceLastLine + " more like it since the last line)" : "";
        out.println(PREFIX + line + count);
        k.lastLineAt = now;
        k.leftOutSinceLastLine = 0;
    }

    /** One line per kind whose last lines were left out and not yet counted in a later line. */
    void flush() {
        kinds.forEach((kind, k) -> {
            if (k.leftOutSinceLastLine > 0) {
                out.println(PREFIX + k.leftOutSinceLastLine + " more '" + kind + "' lines were left out before the server stopped");
                k.leftOutSinceLastLine = 0;
            }
        });
    }

    /** Lines left out so far, all kinds together. */
    long leftOut() {
        return leftOut;
    }
}
