package dev.sharebench.core.manager;

import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.PeerWatch;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Parent side of a manager: the server child JVM, its address and the run's secret. Clients come
 * from {@link #client}. One wait strategy for both sides: the server's loop and this session's
 * clients wait the same way ({@code block} by default; see {@link ManagerServer}, {@link ManagerClient}).
 * Closing stops the server child.
 */
public final class ManagerSession implements AutoCloseable {

    private final ChildProcess server;
    private final byte[] secret = ManagerProtocol.newSecret();
    private final WaitStrategy wait;
    private final Duration hang;

    /** Start a server child on {@code transport} (uds or tcp), pinned per {@code placement}, with the default limits. */
    public ManagerSession(String transport, Placement placement) {
        this(transport, placement, ServerLimits.DEFAULTS);
    }

    /** Start a server child with explicit {@code limits} (connection cap, login deadline, buffer budget). */
    public ManagerSession(String transport, Placement placement, ServerLimits limits) {
        this(transport, placement, limits, WaitStrategy.BLOCK, PeerWatch.HANG);
    }

    /** Start a server child whose loop waits {@code wait}, as will this session's clients. */
    public ManagerSession(String transport, Placement placement, WaitStrategy wait) {
        this(transport, placement, ServerLimits.DEFAULTS, wait, PeerWatch.HANG);
    }

    /**
     * @param hang how long a client's polling wait for a reply lasts before the call fails (tests
     *             shorten it; a blocking client is bounded by the server child's hang guard instead)
     */
    ManagerSession(String transport, Placement placement, ServerLimits limits, WaitStrategy wait, Duration hang) {
        if (!transport.equals("uds") && !transport.equals("tcp")) {
            throw new IllegalArgumentException("manager transport must be uds or tcp, got '" + transport + "'");
        }
        if (!WaitStrategy.KERNEL_TRANSPORT.contains(wait)) {
            throw new IllegalArgumentException("a manager waits block, busy-poll or spin-then-block, not " + wait.alias());
        }
        this.wait = wait;
        this.hang = hang;
        this.server = ChildProcess.builder(ManagerServerRole.class)
                .args(Stream.concat(Stream.of(transport, wait.alias()), limits.toArgs().stream()).toList())
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
        return ManagerClient.connect(address(), secret, codec, wait, hang);
    }

    @Override
    public void close() {
        server.close();
    }
}
