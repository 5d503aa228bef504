package dev.sharebench.core.manager;

import java.lang.management.ManagementFactory;

/**
 * The server loop's counters, and the {@code stats} object that reports them with the JVM's own
 * (threads, heap). Written and read on the loop's thread only: a stats call is served by the loop.
 */
final class ServerCounters implements ServerStats {

    private final RateLimitedLog log;
    int open;
    long refused;
    long failedLogins;
    long loginTimeouts;
    long requests;

    ServerCounters(RateLimitedLog log) {
        this.log = log;
    }

    @Override
    public long requests() {
        return requests;
    }

    @Override
    public int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    @Override
    public long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Override
    public int connections() {
        return open;
    }

    @Override
    public long refusedConnections() {
        return refused;
    }

    @Override
    public long failedLogins() {
        return failedLogins;
    }

    @Override
    public long loginTimeouts() {
        return loginTimeouts;
    }

    @Override
    public long suppressedLogLines() {
        return log.leftOut();
    }
}
