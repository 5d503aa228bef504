package dev.sharebench.core.manager;

import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import java.util.List;

/**
 * Parent side of a manager: the server child JVM, its address and the run's secret. Clients come
 * from {@link #client}. Closing stops the server child.
 */
public final class ManagerSession implements AutoCloseable {

    private final ChildProcess server;
    private final byte[] secret = ManagerProtocol.newSecret();

    /** Start a server child on {@code transport} (uds or tcp), pinned per {@code placement}. */
    public ManagerSession(String transport, Placement placement) {
        if (!transport.equals("uds") && !transport.equals("tcp")) {
            throw new IllegalArgumentException("manager transport must be uds or tcp, got '" + transport + "'");
        }
        this.server = ChildProcess.builder(ManagerServerRole.class).args(List.of(transport))
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
