package dev.sharebench.core.manager;

import java.time.Duration;
import java.util.List;

/**
 * The manager server's limits, fixed when it starts.
 *
 * <ul>
 *   <li>{@code maxConnections}: open connections (logging in or logged in) beyond which a new one is
 *       refused with a message the client sees ({@link ServerStats#refusedConnections()}).</li>
 *   <li>{@code loginDeadline}: a connection that has not completed the HMAC login by then is closed
 *       ({@link ServerStats#loginTimeouts()}).</li>
 *   <li>{@code bufferBudgetBytes}: what all connections together may hold in buffers beyond their
 *       small fixed ones (requests larger than {@link FrameInbox#SMALL} bytes, replies the client has
 *       not read yet). A request that would exceed it gets a "server busy" error reply.</li>
 * </ul>
 *
 * The server child receives them as {@code key=value} arguments ({@link #toArgs()}, {@link #parse}).
 */
public record ServerLimits(int maxConnections, Duration loginDeadline, long bufferBudgetBytes) {

    /** 2,048 connections, a 5 s login deadline, 64 MiB of large buffers (in the child's 256 MiB heap). */
    public static final ServerLimits DEFAULTS = new ServerLimits(2048, Duration.ofSeconds(5), 64L << 20);

    private static final String MAX_CONNECTIONS = "max-connections";
    private static final String LOGIN_DEADLINE_MS = "login-deadline-ms";
    private static final String BUFFER_BUDGET = "buffer-budget-bytes";
    private static final String KEYS = String.join(", ", MAX_CONNECTIONS, LOGIN_DEADLINE_MS, BUFFER_BUDGET);

    public ServerLimits {
        if (maxConnections < 1) {
            throw new IllegalArgumentException(MAX_CONNECTIONS + " must be >= 1, got " + maxConnections);
        }
        if (loginDeadline == null || loginDeadline.toMillis() < 1) {
            throw new IllegalArgumentException(LOGIN_DEADLINE_MS + " must be >= 1 ms, got " + loginDeadline);
        }
        if (bufferBudgetBytes < ManagerProtocol.MAX_FRAME) {
            throw new IllegalArgumentException(BUFFER_BUDGET + " must be at least one frame (" + ManagerProtocol.MAX_FRAME
                    + " bytes), got " + bufferBudgetBytes);
        }
    }

    public ServerLimits withMaxConnections(int n) {
        return new ServerLimits(n, loginDeadline, bufferBudgetBytes);
    }

    public ServerLimits withLoginDeadline(Duration d) {
        return new ServerLimits(maxConnections, d, bufferBudgetBytes);
    }

    public ServerLimits withBufferBudget(long bytes) {
        return new ServerLimits(maxConnections, loginDeadline, bytes);
    }

    /** As server-child arguments. */
    public List<String> toArgs() {
        return List.of(MAX_CONNECTIONS + "=" + maxConnections, LOGIN_DEADLINE_MS + "=" + loginDeadline.toMillis(),
                BUFFER_BUDGET + "=" + bufferBudgetBytes);
    }

    /** Parse {@code key=value} arguments; keys not given keep their {@link #DEFAULTS}. */
    public static ServerLimits parse(List<String> args) {
        ServerLimits l = DEFAULTS;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("manager limit '" + a + "' must be key=value (keys: " + KEYS + ")");
            }
            long v = number(kv[0], kv[1]);
            l = switch (kv[0]) {
                case MAX_CONNECTIONS -> l.withMaxConnections((int) Math.min(v, Integer.MAX_VALUE));
                case LOGIN_DEADLINE_MS -> l.withLoginDeadline(Duration.ofMillis(v));
                case BUFFER_BUDGET -> l.withBufferBudget(v);
                default -> throw new IllegalArgumentException("unknown manager limit '" + kv[0] + "' (keys: " + KEYS + ")");
            };
        }
        return l;
    }

    private static long number(String key, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("manager limit " + key + " must be a whole number, got '" + value + "'", e);
        }
    }
}
