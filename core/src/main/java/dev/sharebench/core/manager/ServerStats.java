package dev.sharebench.core.manager;

/**
 * The manager server's own health, read through a proxy like any shared object ({@code stats}): its
 * live threads and heap, the calls it served, its connections, and what its limits ({@link ServerLimits}) turned away.
 */
public interface ServerStats {
    /** Calls that reached a shared object, counted by the server as each arrives (this one included): what clients really sent. */
    long requests();

    /** Live threads of the server JVM. */
    int threads();

    /** Heap in use right after a {@code System.gc()}: what the server's state really holds. */
    long usedHeapAfterGc();

    /** Open connections, logging in or logged in (this one included). */
    int connections();

    /** Connections refused because {@link ServerLimits#maxConnections()} were open. */
    long refusedConnections();

    /** Logins with a wrong proof (wrong secret, or an unknown codec). */
    long failedLogins();

    /** Connections closed because they had not logged in by {@link ServerLimits#loginDeadline()}. */
    long loginTimeouts();

    /** Log lines the server left out to keep a flood from growing its log (see its class comment). */
    long suppressedLogLines();
}
