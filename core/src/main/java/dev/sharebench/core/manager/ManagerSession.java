package dev.sharebench.core.manager;

import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import java.util.stream.Stream;

/**
 * Parent side of a manager: the server child JVM, its address and the run's secret. Clients come
 * from {@link #client}. Closing stops the server child.
 */
public final class ManagerSession implements AutoCloseable {

    private final ChildProcess server;
    private final byte[] secret = ManagerProtocol.newSecret();

    /** Start a server child on {@code transport} (uds or tcp), pinned per {@code placement}, with the default limits. */
    public ManagerSession(String transport, Placement placement) {
        this(transport, placement, ServerLimits.DEFAULTS);
    }

    /** Start a server child with explicit {@code limits} (connection cap, login deadline, buffer budget). */
    public ManagerSession(String transport, Placement placement, ServerLimits limits) {
        if (!transport.equals("uds") && !transport.equals("tcp")) {
            throw new IllegalArgumentException("manager transport must be uds or tcp, got '" + transport + "'");
        }
        this.server = ChildProcess.builder(ManagerServerRole.class).args(Stream.concat(Stream.of(transport), limits.toArgs().stream()).toList())
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
        return ManagerClient.connect(address(), secret, codec);
    }

    @Override
    public void close() {
        server.close();
    }
}
