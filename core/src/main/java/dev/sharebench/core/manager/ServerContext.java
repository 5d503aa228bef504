package dev.sharebench.core.manager;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * What the server loop shares with its connections: the secret and limits, the shared objects, the
 * buffer budget, the log and counters, the one reply buffer, and the connections whose parked reply
 * became ready (a lock handed on) and that the loop resumes after the current event. All of it is
 * used by the loop's thread only.
 */
final class ServerContext {

    final byte[] secret;
    final ServerLimits limits;
    final RateLimitedLog log;
    final ServerCounters counters;
    final ManagerObjects objects;
    final BufferBudget budget;
    /** Every reply is encoded here, then written from here (direct: no copy on the way out). */
    private final ByteBuffer reply = ByteBuffer.allocateDirect(4 + ManagerProtocol.MAX_FRAME);
    private final ArrayDeque<ServerConnection> resumable = new ArrayDeque<>();

    ServerContext(byte[] secret, ServerLimits limits, RateLimitedLog log) {
        this.secret = secret.clone();
        this.limits = limits;
        this.log = log;
        this.counters = new ServerCounters(log);
        this.objects = new ManagerObjects(counters);
        this.budget = new BufferBudget(limits.bufferBudgetBytes());
    }

    /** The reply buffer, emptied, positioned after the 4-byte length it gets when complete. */
    ByteBuffer replyBuffer() {
        return reply.clear().position(4);
    }

    void resumeLater(ServerConnection c) {
        resumable.add(c);
    }

    /** The next connection to resume, or null. */
    ServerConnection nextToResume() {
        return resumable.poll();
    }
}
