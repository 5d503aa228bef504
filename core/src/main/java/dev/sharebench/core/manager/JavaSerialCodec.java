package dev.sharebench.core.manager;

import dev.sharebench.core.wire.SerialAllowlist;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;

/**
 * Java serialization, the JDK's classic "pickle": one ObjectOutputStream per message (its class
 * descriptors travel every time, which is part of its cost). Reading goes through an
 * {@link ObjectInputFilter} ALLOWLIST ({@link SerialAllowlist} plus {@link Call}): only the value
 * types of the manager API, with bounded depth, references, array lengths and bytes; any other class
 * is rejected before it is instantiated, so a deserialization gadget chain cannot run.
 */
public final class JavaSerialCodec implements Codec {

    static final byte ID = 2;
    /** The suite's allowlist plus the manager's own {@link Call}. */
    static final ObjectInputFilter ALLOWLIST = SerialAllowlist.allowing(Call.class);

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
            throw new IllegalArgumentException("serialized value of " + bytes.size() + " bytes exceeds the maximum frame length");
        }
        out.put(bytes.toByteArray());
    }

    private static Object readObject(ByteBuffer in) {
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(in.array(), in.arrayOffset() + in.position(), in.remaining()))) {
            ois.setObjectInputFilter(ALLOWLIST);
            Object o = ois.readObject();
            in.position(in.limit());
            return o;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new MalformedFrameException("cannot deserialize: " + e, e);
        }
    }

}
