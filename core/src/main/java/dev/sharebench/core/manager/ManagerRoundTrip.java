package dev.sharebench.core.manager;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.io.UncheckedIOException;

/**
 * The manager's RTT row: one {@code map.get(key)} through a proxy, the call a classic manager dict
 * makes. The map is preloaded with keys 0..63, each mapped to RoundTrip.reply(key), and the request
 * names a key, so every reply is the server's and is checked (a reply to another call, or a lost one,
 * shows as a wrong value). The server's loop and the client wait the same way ({@link ManagerSession}).
 */
public final class ManagerRoundTrip implements RoundTrip {

    private static final int KEYS = 64;
    private final String mechanism;
    private final ManagerSession session;
    private final ManagerClient client;
    private final SharedMap map;

    public ManagerRoundTrip(String mechanism, String transport, WaitStrategy wait, Placement placement) {
        this(mechanism, new ManagerSession(transport, placement, wait));
    }

    /** Over a session already started (tests: a shorter hang bound). Closing closes it. */
    ManagerRoundTrip(String mechanism, ManagerSession session) {
        this.mechanism = mechanism;
        this.session = session;
        try {
            this.client = session.client(new BinaryCodec());
            this.map = client.proxy(SharedMap.class, "map");
            java.util.Map<Object, Object> init = new java.util.HashMap<>();
            for (long k = 0; k < KEYS; k++) {
                init.put(k, RoundTrip.reply(k));
            }
            map.putAll(init);
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    @Override
    public long roundTrip(long value) {
        Long key = value & (KEYS - 1);
        session.serverProcess().beginWait();
        Object got;
        try {
            got = map.get(key);
        } catch (UncheckedIOException e) {
            throw session.serverProcess().failure(mechanism + ": map.get(" + key + ") failed", e);
        } finally {
            session.serverProcess().endWait();
        }
        if (!(got instanceof Long answer) || answer != RoundTrip.reply(key)) {
            throw new IllegalStateException(mechanism + ": map.get(" + key + ") returned " + got);
        }
        return value - key + answer; // reply(value), built from the server's answer
    }

    @Override
    public String mechanism() {
        return mechanism;
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, client, session);
    }
}
