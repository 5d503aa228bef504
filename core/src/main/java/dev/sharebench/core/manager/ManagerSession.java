package dev.sharebench.core.manager;

import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.List;

/**
 * Parent side of a manager: the server child JVM, its address and the run's secret. Clients come
 * from {@link #client}. Closing stops the server child. Both sides wait the session's way: the
 * server's connection threads for requests, its clients for replies.
 */
public final class ManagerSession implements AutoCloseable {

    private final ChildProcess server;
    private final byte[] secret = ManagerProtocol.newSecret();
    private final WaitStrategy wait;

    /** Start a server child on {@code transport} (uds or tcp), pinned per {@code placement}; both sides block. */
    public ManagerSession(String transport, Placement placement) {
        this(transport, WaitStrategy.BLOCK, placement);
    }

    /** As {@link #ManagerSession(String, Placement)}, both sides waiting {@code wait} (block, busy-poll, spin-then-block). */
    public ManagerSession(String transport, WaitStrategy wait, Placement placement) {
        this.wait = ManagerProtocol.checkWait(wait);
        if (!transport.equals("uds") && !transport.equals("tcp")) {
            throw new IllegalArgumentException("manager transport must be uds or tcp, got '" + transport + "'");
        }
        this.server = ChildProcess.builder(ManagerServerRole.class).args(List.of(transport, wait.alias()))
                .stdinBytes(secret).cpu(placement.childCpu()).start();
    }

    public String address() {
        return server.readyInfo();
    }

    /** The secret, for a second client process (hand it over a pipe, never a command line). */
    public byte[] secret() {
        return secret.clone();
    }

    public ChildProcess serverProcess() {
        return server;
    }

    public ManagerClient client(Codec codec) {
        if (!server.isAlive()) {
            throw server.failure("manager server died", null);
        }
        return ManagerClient.connect(address(), secret, codec, wait);
    }

    @Override
    public void close() {
        server.close();
    }
}
