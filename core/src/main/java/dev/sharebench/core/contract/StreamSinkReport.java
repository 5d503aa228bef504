package dev.sharebench.core.contract;

/**
 * The child's end-of-stream report line, "count N crc-checked K" (N messages verified, K of them
 * byte by byte) or "error: ...", and its check on the parent side.
 */
public final class StreamSinkReport {

    private StreamSinkReport() {
    }

    public static String ok(long count, long crcChecked) {
        return "count " + count + " crc-checked " + crcChecked;
    }

    public static String error(String what) {
        return "error: " + what;
    }

    /** Throws unless the report says exactly {@code sent} messages were verified. */
    public static long verify(String mechanism, String report, long sent) {
        if (!report.startsWith("count ")) {
            throw new IllegalStateException(mechanism + ": the consumer reported " + report);
        }
        long got = Long.parseLong(report.split(" ")[1]);
        if (got != sent) {
            throw new IllegalStateException(mechanism + ": sent " + sent + " messages, the consumer verified " + got);
        }
        return got;
    }
}
