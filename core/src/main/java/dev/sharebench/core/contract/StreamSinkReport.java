package dev.sharebench.core.contract;

/** The child's end-of-stream report line, "count N" or "error: ...", and its check on the parent side. */
public final class StreamSinkReport {

    private StreamSinkReport() {
    }

    public static String ok(long count) {
        return "count " + count;
    }

    public static String error(String what) {
        return "error: " + what;
    }

    /** Throws unless the report says exactly {@code sent} messages were verified. */
    public static long verify(String mechanism, String report, long sent) {
        if (!report.startsWith("count ")) {
            throw new IllegalStateException(mechanism + ": the consumer reported " + report);
        }
        long got = Long.parseLong(report.substring(6));
        if (got != sent) {
            throw new IllegalStateException(mechanism + ": sent " + sent + " messages, the consumer verified " + got);
        }
        return got;
    }
}
