package dev.sharebench.core.proof.xproc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/**
 * Java-serialized objects as length-prefixed frames: {@code [int length][bytes]}. An object is
 * serialized completely BEFORE anything is written, so an unserializable value fails in the
 * caller's thread with a clear message and the stream stays intact (no half-written frame).
 * Reading goes through an allowlist filter: only JDK value types and the proofs' own records.
 */
public final class ObjectFrames {

    static final int MAX_FRAME = 64 << 20;
    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxarray=10000000;java.lang.*;java.util.*;dev.sharebench.core.proof.**;!*");

    private ObjectFrames() {
    }

    /** The object's serialized bytes, or an IllegalArgumentException naming what cannot be serialized. */
    public static byte[] serialize(String what, Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (NotSerializableException | InvalidClassException e) {
            throw new IllegalArgumentException(what + ": a " + value.getClass().getName() + " cannot be sent to another process: "
                    + "it (or a field of it) is not Serializable (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalStateException(what + ": serialization failed: " + e, e);
        }
        return bytes.toByteArray();
    }

    public static void writeFrame(DataOutputStream out, byte[] frame) throws IOException {
        out.writeInt(frame.length);
        out.write(frame);
        out.flush();
    }

    /** The next object, or null at a clean end of stream (the peer closed between frames). */
    public static Object read(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad frame length " + length + " (max " + MAX_FRAME + ")");
        }
        byte[] frame = in.readNBytes(length);
        if (frame.length != length) {
            throw new EOFException("frame cut short: " + frame.length + " of " + length + " bytes");
        }
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(frame))) {
            ois.setObjectInputFilter(FILTER);
            return ois.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("frame holds an unknown class: " + e.getMessage(), e);
        }
    }
}
