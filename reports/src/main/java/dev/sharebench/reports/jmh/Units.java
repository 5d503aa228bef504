package dev.sharebench.reports.jmh;

import java.util.Locale;

/** JMH score units: direction (throughput vs time) and conversion to one base per direction. */
public final class Units {

    private Units() {
    }

    /** ops/s, ops/ms, ops/us, ops/ns: bigger is better. Time units (ns/op, s/op...) are smaller-is-better. */
    public static boolean isThroughput(String unit) {
        return unit != null && unit.toLowerCase(Locale.ROOT).startsWith("ops/");
    }

    /** Nanoseconds per time unit named as in JMH ("ns", "us", "ms", "s", "min"); throws for others. */
    public static double nanosPer(String timeUnit) {
        return switch (timeUnit.trim().toLowerCase(Locale.ROOT)) {
            case "ns" -> 1;
            case "us", "\u00b5s" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "min", "m" -> 60e9;
            case "h", "hr" -> 3600e9;
            default -> throw new IllegalArgumentException("unknown time unit '" + timeUnit + "'");
        };
    }

    /**
     * Factor that converts a score in {@code unit} to the base of its direction: ops/s for
     * throughput, ns/op for time per op. Returns NaN for units that are neither (e.g. B/op).
     */
    public static double toBase(String unit) {
        if (unit == null || !unit.contains("/")) {
            return Double.NaN;
        }
        String[] p = unit.split("/", 2);
        try {
            if (isThroughput(unit)) {
                return 1e9 / nanosPer(p[1]);          // ops per X -> ops per second
            }
            if ("op".equals(p[1].trim())) {
                return nanosPer(p[0]);                // X per op -> ns per op
            }
        } catch (IllegalArgumentException notATimeUnit) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
