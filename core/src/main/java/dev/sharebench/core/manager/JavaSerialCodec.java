package dev.sharebench.core.manager;

import dev.sharebench.core.wire.SerialAllowlist;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;

/**
 * Java serialization, the JDK's classic "pickle": one ObjectOutputStream per message (its class
 * descriptors travel every time, which is part of its cost). Reading goes through the suite's
 * ALLOWLIST ({@link SerialAllowlist}, plus {@link Call}), a fresh filter per message; any other
 * class is refused before it is instantiated, so a deserialization gadget chain cannot run. Its
 * limits, per message:
 *
 * <pre>
 *   classes     Long, Integer, Number, Boolean, String, ArrayList, HashMap, List.of/Map.of, Object, Call
 *   arrays      of a primitive or an allowed class (String[] and long[] alike); all arrays of one
 *               message together at most 1 MiB decoded (length x element size, 8 bytes per
 *               reference): long[] or String[] up to 131,072 elements, byte[] up to 1,048,576
 *   bytes       1 MiB (also the frame cap); depth 16; 262,144 references (array elements count)
 * </pre>
 *
 * A refusal is an error reply that names the class and the limit, e.g. "long[] of 131073 elements:
 * the arrays of one message may decode to at most 1048576 bytes ...".
 */
public final class JavaSerialCodec implements Codec {

    static final byte ID = 2;

    @Override
    public byte id() {
        return ID;
    }

    @Override
    public String alias() {
        return "java";
    }

    @Override
    public void writeCall(Call call, ByteBuffer out) {
        writeObject(call, out);
    }

    @Override
    public Call readCall(ByteBuffer in) {
        Object o = readObject(in);
        if (!(o instanceof Call c)) {
            throw new MalformedFrameException("expected a Call, got " + (o == null ? "null" : o.getClass().getName()), null);
        }
        return c;
    }

    @Override
    public void writeValue(Object value, ByteBuffer out) {
        writeObject(value, out);
    }

    @Override
    public Object readValue(ByteBuffer in) {
        return readObject(in);
    }

    private static void writeObject(Object o, ByteBuffer out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(o);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize " + o.getClass().getName() + ": " + e.getMessage(), e);
        }
        if (bytes.size() > out.remaining()) {
            throw new FrameTooLargeException("serialized value of " + bytes.size() + " bytes exceeds the maximum frame length", null);
        }
        out.put(bytes.toByteArray());
    }

    private static Object readObject(ByteBuffer in) {
        SerialAllowlist allowlist = SerialAllowlist.forOneStream(Call.class);
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(in.array(), in.arrayOffset() + in.position(), in.remaining()))) {
            ois.setObjectInputFilter(allowlist);
            Object o = ois.readObject();
            in.position(in.limit());
            return o;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            String refused = allowlist.rejection();
            throw new MalformedFrameException("cannot deserialize: " + (refused != null ? refused : e.toString()), e);
        }
    }
}
