package dev.sharebench.core.manager;

import dev.sharebench.core.contract.SharedMapWorkload;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager rows of the shared-map workload: the map is the manager server's {@code map}, reached
 * through a proxy with the chosen codec (binary or java).
 */
public final class ManagerMapWorkload implements SharedMapWorkload {

    private final String mechanism;
    private final int batch;
    private final ManagerSession session;
    private final ManagerClient client;
    private final SharedMap map;
    private final List<Object> keys = new ArrayList<>();
    private final Map<Object, Object> entries = new HashMap<>();

    public ManagerMapWorkload(String mechanism, String transport, String codec, int batch, Placement placement) {
        this.mechanism = mechanism;
        this.batch = batch;
        Codec c = Codec.of(codec);
        this.session = new ManagerSession(transport, placement);
        try {
            this.client = session.client(c);
            this.map = client.proxy(SharedMap.class, "map");
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
        for (long k = 0; k < batch; k++) {
            keys.add(k);
        }
    }

    @Override
    public int step(long round) {
        session.serverProcess().beginWait(); // a hung server is killed by the guard: the call then fails
        try {
            return writeThenRead(round);
        } finally {
            session.serverProcess().endWait();
        }
    }

    private int writeThenRead(long round) {
        if (batch == 1) {
            Long value = round;
            map.put(0L, value);
            check(0L, map.get(0L), value);
            return 1;
        }
        entries.clear();
        for (int i = 0; i < batch; i++) {
            entries.put(keys.get(i), round * batch + i);
        }
        map.putAll(entries);
        List<Object> got = map.getAll(keys);
        if (got.size() != batch) {
            throw new IllegalStateException(mechanism + ": getAll returned " + got.size() + " values for " + batch + " keys");
        }
        for (int i = 0; i < batch; i++) {
            check(keys.get(i), got.get(i), round * batch + i);
        }
        return batch;
    }

    private void check(Object key, Object got, long expected) {
        if (!(got instanceof Long l) || l != expected) {
            throw new IllegalStateException(mechanism + ": key " + key + " read back " + got + ", wrote " + expected);
        }
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, client, session);
    }
}
