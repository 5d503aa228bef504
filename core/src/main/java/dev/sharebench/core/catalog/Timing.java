package dev.sharebench.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How long one fork warms up and measures, in JMH's own terms ({@code -wi -w -i -r}).
 *
 * @param warmupIterations  {@code -wi}
 * @param warmupTime        {@code -w}, a JMH time value such as {@code 200ms} or {@code 1s}
 * @param iterations        {@code -i}, at least 1
 * @param measurementTime   {@code -r}
 */
public record Timing(int warmupIterations, String warmupTime, int iterations, String measurementTime) {

    private static final Pattern TIME = Pattern.compile("[1-9][0-9]*(ms|s)");

    public Timing {
        Objects.requireNonNull(warmupTime, "warmupTime");
        Objects.requireNonNull(measurementTime, "measurementTime");
        if (warmupIterations < 0 || iterations < 1) {
            throw new IllegalArgumentException("iterations: warm-up >= 0 and measurement >= 1, got " + warmupIterations + "/" + iterations);
        }
        if (!TIME.matcher(warmupTime).matches() || !TIME.matcher(measurementTime).matches()) {
            throw new IllegalArgumentException("times must look like 200ms or 1s, got " + warmupTime + "/" + measurementTime);
        }
    }

    public static Timing of(int warmupIterations, String warmupTime, int iterations, String measurementTime) {
        return new Timing(warmupIterations, warmupTime, iterations, measurementTime);
    }

    /** The JMH command-line options for this timing. */
    public List<String> jmhArgs() {
        return List.of("-wi", Integer.toString(warmupIterations), "-w", warmupTime,
                "-i", Integer.toString(iterations), "-r", measurementTime);
    }

    /** Seconds one fork spends warming up and measuring (JVM start and setup come on top). */
    public double seconds() {
        return warmupIterations * secondsOf(warmupTime) + iterations * secondsOf(measurementTime);
    }

    private static double secondsOf(String t) {
        return t.endsWith("ms") ? Long.parseLong(t.substring(0, t.length() - 2)) / 1000.0 : Long.parseLong(t.substring(0, t.length() - 1));
    }
}
