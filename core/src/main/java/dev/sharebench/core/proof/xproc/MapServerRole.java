package dev.sharebench.core.proof.xproc;

import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimal manager server for the proofs: a child JVM that owns a map and a list and serves one
 * request per frame on its stdin, one reply per frame on its stdout. Every request is one round
 * trip; the server counts them, so a proof reads the count from the server, not from itself.
 *
 * <p>NOTE: a stand-in, written against the smallest interface proofs 15, 16 and 18 need, until the
 * suite's manager mechanisms ({@code manager-uds}, {@code manager-tcp}) can take its place.
 */
public final class MapServerRole implements ChildRole {

    /** One request: an operation, a key or index, and a value. */
    public record Request(String op, String key, Serializable value) implements Serializable {
    }

    /** One reply: a value, or an error message when the request failed. */
    public record Reply(Serializable value, String error) implements Serializable {
    }

    private final Map<String, Serializable> map = new HashMap<>();
    private final ArrayList<Integer> list = new ArrayList<>();
    private long served;

    @Override
    public void run(ChildContext ctx) throws Exception {
        DataInputStream in = new DataInputStream(new BufferedInputStream(ctx.stdin()));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(ctx.stdout()));
        ctx.ready("");
        Object o;
        while ((o = ObjectFrames.read(in)) != null) {
            served++;
            Reply reply;
            try {
                reply = new Reply(handle((Request) o), null);
            } catch (RuntimeException e) {
                reply = new Reply(null, e.toString());
            }
            ObjectFrames.writeFrame(out, ObjectFrames.serialize("reply", reply));
        }
    }

    private Serializable handle(Request r) {
        return switch (r.op()) {
            case "put" -> map.put(r.key(), r.value());
            case "get" -> map.get(r.key());
            case "snapshot" -> new HashMap<>(map);
            case "increment" -> map.merge(r.key(), 1, (a, b) -> (Integer) a + (Integer) b);
            case "fill" -> fill((Integer) r.value());
            case "get-at" -> list.get(Integer.parseInt(r.key()));
            case "get-all" -> new ArrayList<>(list);
            case "append" -> list.add((Integer) r.value());
            case "size" -> list.size();
            case "served" -> served;
            default -> throw new IllegalArgumentException("unknown op '" + r.op() + "'");
        };
    }

    private Serializable fill(int n) {
        list.clear();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list.size();
    }
}
