package dev.sharebench.core.proof.xproc;

import dev.sharebench.core.process.ChildProcess;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The parent's proxy to a {@link MapServerRole} child: every method is one request and one reply,
 * a full round trip to the other process. Closing it stops the child.
 */
public final class MapProxy implements AutoCloseable {

    private final ChildProcess server;
    private final DataOutputStream out;
    private final DataInputStream in;

    private MapProxy(ChildProcess server) {
        this.server = server;
        this.out = new DataOutputStream(new BufferedOutputStream(server.stdin()));
        this.in = new DataInputStream(new BufferedInputStream(server.stdout()));
    }

    /** Starts a server child and returns a proxy to it. */
    public static MapProxy start() {
        return new MapProxy(ChildProcess.start(MapServerRole.class, List.of(), Duration.ofSeconds(30)));
    }

    public Object put(String key, Serializable value) {
        return call(new MapServerRole.Request("put", key, value));
    }

    public Object get(String key) {
        return call(new MapServerRole.Request("get", key, null));
    }

    /** A copy of the whole map, taken now: it will not change when the server's map does. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> snapshot() {
        return (Map<String, Object>) call(new MapServerRole.Request("snapshot", null, null));
    }

    public void increment(String key) {
        call(new MapServerRole.Request("increment", key, null));
    }

    public void fill(int n) {
        call(new MapServerRole.Request("fill", null, n));
    }

    public int getAt(int index) {
        return (Integer) call(new MapServerRole.Request("get-at", Integer.toString(index), null));
    }

    @SuppressWarnings("unchecked")
    public List<Integer> getAll() {
        return (List<Integer>) call(new MapServerRole.Request("get-all", null, null));
    }

    /** Requests the server has served so far (this one included). */
    public long served() {
        return (Long) call(new MapServerRole.Request("served", null, null));
    }

    private Object call(MapServerRole.Request request) {
        // Serialize first: an unserializable value fails here, in the caller, before a byte is sent.
        byte[] frame = ObjectFrames.serialize(request.op() + (request.key() == null ? "" : "(" + request.key() + ")"), request);
        server.beginWait();
        try {
            ObjectFrames.writeFrame(out, frame);
            Object reply = ObjectFrames.read(in);
            if (!(reply instanceof MapServerRole.Reply r)) {
                throw server.failure("sent no reply to " + request.op(), null);
            }
            if (r.error() != null) {
                throw new IllegalStateException("manager server: " + request.op() + " failed: " + r.error());
            }
            return r.value();
        } catch (IOException e) {
            throw new UncheckedIOException("manager proxy: " + request.op() + " failed", e);
        } finally {
            server.endWait();
        }
    }

    /** Closes the request stream (the server's loop ends at EOF), then stops the child. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("manager proxy: cannot close the request stream", e);
        } finally {
            server.close();
        }
    }
}
