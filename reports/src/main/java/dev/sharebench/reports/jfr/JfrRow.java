package dev.sharebench.reports.jfr;

/**
 * The JFR attribution of one benchmark id, per operation, ready to print. "-" where the JFR pass
 * has no matching JMH entry to count operations.
 */
public record JfrRow(String workload, String benchmarkId, String label, String params, String ops,
                     String monitorBlockedNsPerOp, String monitorEntersPerOp, String parksPerOp, String parkNsPerOp,
                     String socketCallsPerOp, String socketBytesPerOp, String fileCallsPerOp, String fileBytesPerOp,
                     String allocBytesPerOp, String allocSource, String gcCount, String gcPauseMs) {
}
